# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: store rule (analyzer/stores.c): a positional class pattern reads any
#   attribute __match_args__ names, a scan of every key; for the worklist, that scan
#   needs every key's events.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


class P:
    __match_args__ = ("inner",)

    def __init__(self, inner):
        self.inner = inner


match P(json.JSONEncoder):
    case P(c):
        c.default = fake
print(json.dumps({"k": object()}))
