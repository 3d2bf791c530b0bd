# expect: accept
# why: round 15 (issue 13, honest14b p54): a JSON round trip with a custom encoder
#   subclass and a decoding hook that rewrites keys of the dict json hands it: json
#   builds that dict from the text, with what its hooks return inside.
import json
from datetime import date
from decimal import Decimal

class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return o.isoformat()
        if isinstance(o, Decimal):
            return str(o)
        return super().default(o)

def decode_hook(d):
    if "issued" in d:
        d["issued"] = date.fromisoformat(d["issued"])
    if "amount" in d:
        d["amount"] = Decimal(d["amount"])
    return d

text = json.dumps({"items": [{"issued": date(2024, 1, 5), "amount": Decimal("9.90")}]}, cls=Encoder)
back = json.loads(text, object_hook=decode_hook)
print(text)
print(back["items"][0]["issued"].year, back["items"][0]["amount"] * 2)
