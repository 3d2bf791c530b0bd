import json
from datetime import date, datetime
from decimal import Decimal
from dataclasses import dataclass, asdict, is_dataclass
from enum import Enum

class Status(Enum):
    OPEN = "open"
    CLOSED = "closed"

@dataclass
class Invoice:
    number: int
    issued: date
    amount: Decimal
    status: Status
    tags: tuple = ()

class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (date, datetime)):
            return o.isoformat()
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, Enum):
            return o.value
        if isinstance(o, set):
            return sorted(o)
        if is_dataclass(o):
            return asdict(o)
        return super().default(o)

def decode_hook(d):
    if "issued" in d:
        d["issued"] = date.fromisoformat(d["issued"])
    if "amount" in d:
        d["amount"] = Decimal(d["amount"])
    return d

invs = [Invoice(1, date(2024, 1, 5), Decimal("99.90"), Status.OPEN, ("a",)),
        Invoice(2, date(2024, 2, 1), Decimal("15.00"), Status.CLOSED)]
text = json.dumps({"invoices": invs, "labels": {"x", "b"}}, cls=Encoder, indent=1)
print(text)
back = json.loads(text, object_hook=decode_hook)
print(back["invoices"][0]["issued"] + (back["invoices"][1]["issued"] - back["invoices"][0]["issued"]))
print(sum(i["amount"] for i in back["invoices"]))
try:
    json.dumps({"when": object()}, cls=Encoder)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("decode error at", e.lineno, e.colno, e.msg)
print(json.dumps({"é": 1, "b": [1.5, None, True]}, ensure_ascii=False, separators=(",", ":")))
