# expect: accept
# why: json dumps/loads with default= and object_hook=
import json

record = {"name": "Ada", "langs": ["en", "fr"], "age": 36, "active": True, "score": None}
text = json.dumps(record, indent=2, sort_keys=True)
back = json.loads(text)
print(text.splitlines()[1], back == record)
print(json.dumps([1, 2.5, "x"], separators=(",", ":")))


class Money:
    def __init__(self, cents):
        self.cents = cents


def encode(obj):
    if isinstance(obj, Money):
        return {"cents": obj.cents}
    raise TypeError(type(obj).__name__)


print(json.dumps({"price": Money(250)}, default=encode))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
