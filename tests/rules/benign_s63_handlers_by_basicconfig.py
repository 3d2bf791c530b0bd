# expect: accept
# why: what the store message teaches for replacing the root logger's handlers (clearing its list is refused): basicConfig with force=True, or removeHandler over a copy of the list
import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
logging.basicConfig(handlers=[handler], level=logging.INFO, force=True)
root = logging.getLogger()
for h in list(root.handlers):
    root.removeHandler(h)
root.addHandler(handler)
logging.info("replaced")
