# JSON round trips: dataclasses to dicts, custom encoding, and parsing.
import json
from dataclasses import asdict, dataclass, field
from datetime import date


@dataclass
class Task:
    title: str
    done: bool = False
    tags: list = field(default_factory=list)
    due: date = None


def encode(obj):
    if isinstance(obj, date):
        return obj.isoformat()
    raise TypeError(f"cannot encode {type(obj).__name__}")


tasks = [
    Task("write report", tags=["work"], due=date(2024, 5, 1)),
    Task("buy milk", done=True),
    Task("call mum", tags=["family", "weekly"]),
]
text = json.dumps([asdict(t) for t in tasks], default=encode, indent=2, sort_keys=True)
print(text)

loaded = json.loads(text)
restored = [Task(**{**d, "due": date.fromisoformat(d["due"]) if d["due"] else None}) for d in loaded]
print(restored == tasks)
print(json.dumps({"a": 1, "b": [1, 2.5, None, True]}, separators=(",", ":")))
print(json.dumps("café ☕"), json.dumps("café ☕", ensure_ascii=False))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("bad json:", e.msg, "at column", e.colno)
try:
    json.dumps({"when": {1, 2}})
except TypeError as e:
    print("error:", e)
