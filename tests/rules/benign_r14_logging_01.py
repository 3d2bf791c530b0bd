# expect: accept
# why: logging.shutdown() (issue 13, round 14, p32): called with no argument, it flushes and closes every handler the process made (basicConfig's and a StreamHandler of the program's); logging goes on working after it, as under python3

import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("app")
extra = logging.StreamHandler(sys.stdout)
extra.setFormatter(logging.Formatter("extra: %(message)s"))
log.addHandler(extra)
log.info("started")
log.warning("careful")
logging.shutdown()
log.info("after shutdown")
print("handlers", len(log.handlers), len(logging.getLogger().handlers))
