# json round trips, custom encoder, object_hook
import json
from datetime import date

data = {
    "name": "Widget",
    "tags": ["a", "b"],
    "price": 9.99,
    "stock": None,
    "active": True,
    "dims": {"w": 1, "h": 2},
}
s = json.dumps(data, sort_keys=True)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
back = json.loads(s)
print(back == data, type(back["dims"]).__name__)

class DateEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        return super().default(o)

def hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    return d

enc = json.dumps({"when": date(2024, 1, 2)}, cls=DateEncoder)
print(enc, json.loads(enc, object_hook=hook))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("decode error at", e.lineno, e.colno)
print(json.dumps("ünïcode"), json.dumps("ünïcode", ensure_ascii=False))
print(json.dumps([1, 2], separators=(",", ":")), json.loads("[1e3, 2.5, -0]"))
