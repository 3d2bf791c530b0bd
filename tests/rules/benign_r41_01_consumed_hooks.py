# expect: accept
# why: a JSONEncoder subclass whose default ends in super().default(o) and a Formatter subclass whose format returns super().format(record).upper(): their returns are consumed by the library (encoded, written), so json data and dict items stay changeable (honest26 p25)
import json
import logging
import sys
from datetime import date


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return o.isoformat()
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()


stock = json.loads('{"items": [{"sku": "a", "qty": 2}, {"sku": "b", "qty": 0}]}')
by_sku = {item["sku"]: item for item in stock["items"]}
for sku in sys.stdin.readline().split():
    item = by_sku.get(sku)
    if item is not None:
        item["qty"] += 1
stock["items"].append({"sku": "c", "qty": 5})
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(Upper("%(levelname)s %(message)s"))
log = logging.getLogger("stock")
log.addHandler(handler)
log.propagate = False
log.warning("low: %s", [i["sku"] for i in stock["items"] if i["qty"] < 1])
print(json.dumps({"when": date(2024, 1, 2), "tags": {"x"}, "stock": stock}, cls=Encoder, sort_keys=True))
