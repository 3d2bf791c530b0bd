# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): contextlib.ExitStack.enter_context calls
#   the program's __enter__ and returns its result.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import contextlib
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


class H:
    def __enter__(self):
        return json.JSONEncoder

    def __exit__(self, *a):
        return False


with contextlib.ExitStack() as stack:
    stack.enter_context(H()).default = fake
print(json.dumps({"k": object()}))
