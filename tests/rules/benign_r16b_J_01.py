# expect: accept
# why: 16b family J: json hooks given as keywords (object_hook, object_pairs_hook, parse_float, parse_int) to json.loads and JSONDecoder, the decoder used through decode()
import decimal
import json

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def to_point(d):
    if "x" in d and "y" in d:
        p = Point(d["x"], d["y"])
        p.source = "json"
        return p
    d["seen"] = True
    return d

def pairs(items):
    out = {}
    for k, v in items:
        out[k.upper()] = v
    return out

text = '{"a": {"x": 1, "y": 2}, "b": [1.5, 2]}'
data = json.loads(text, object_hook=to_point)
print(data["a"].x, data["a"].source, data["seen"])
dec = json.JSONDecoder(object_pairs_hook=pairs, parse_float=decimal.Decimal)
print(dec.decode(text))
print(json.loads("[1, 2.25]", parse_float=decimal.Decimal, parse_int=str))
