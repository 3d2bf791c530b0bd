# expect: accept
# why: json.loads with the program's own object_hook hands back what it returns or new parsed values, and a JSONEncoder subclass's default does not flow into it: the decoded order is the program's to change
import json
from datetime import date
from decimal import Decimal


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, date):
            return o.isoformat()
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def decode_hook(d):
    if "price" in d:
        d["price"] = Decimal(d["price"])
    if "placed" in d:
        d["placed"] = date.fromisoformat(d["placed"])
    return d


def pairs(items):
    return {k.lower(): v for k, v in items}


order = json.loads('{"placed": "2024-05-14", "lines": [{"price": "4.50", "qty": 2}]}', object_hook=decode_hook)
order["total"] = sum(line["price"] * line["qty"] for line in order["lines"])
order["tags"] = {"tea", "gift"}
text = json.dumps(order, cls=Encoder, sort_keys=True)
again = json.loads(text, object_hook=decode_hook)
again["tags"] = set(again["tags"])
again["total"] = Decimal(again["total"])
print(again["total"], sorted(again["tags"]), len(again["lines"]))
upper = json.loads('{"A": 1, "B": [1, 2]}', object_pairs_hook=pairs)
print(upper)
