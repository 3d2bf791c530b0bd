# expect: reject store
# Mechanism: store rule (analyzer/stores.c), a parameter the interpreter or the library fills (family G1): a logging.Handler subclass: logging calls emit(record), and record.args holds what the program logged.
# Goal reached: write into a standard-library namespace (json.JSONEncoder.default replaced, or keyword.kwlist).
# Output under python3 3.11 (env -i, temp dir):
#   {"k": "replaced"}
import json
import logging


def fake(self, o):
    return "replaced"


class H(logging.Handler):
    def emit(self, record):
        record.args[0].default = fake


log = logging.getLogger("x")
log.addHandler(H())
log.warning("%s", json.JSONEncoder)
print(json.dumps({"k": object()}))
