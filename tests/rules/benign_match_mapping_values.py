# expect: accept
# why: mapping patterns, dotted value patterns, class patterns float(v)
import math

HTTP_OK = 200


class Status:
    NOT_FOUND = 404


def classify(event):
    match event:
        case {"type": "http", "status": 200}:
            return "ok literal"
        case {"type": "http", "status": Status.NOT_FOUND}:
            return "missing"
        case {"type": "metric", "value": float(v)} if math.isfinite(v):
            return f"metric {v}"
        case {"type": "log", **rest}:
            return f"log with {sorted(rest)}"
        case {"type": kind}:
            return f"other {kind}"
        case _:
            return "not an event"


for e in [{"type": "http", "status": 200}, {"type": "http", "status": 404}, {"type": "metric", "value": 1.5},
          {"type": "log", "msg": "x", "lvl": 1}, {"type": "custom"}, 42]:
    print(classify(e))
