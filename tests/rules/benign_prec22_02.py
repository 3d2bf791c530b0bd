# expect: accept
# why: honest shape: a decoder, a position and a new list unpacked by position from a tuple display (`dec, pos, objs = json.JSONDecoder(), 0, []`), then the list appended to, in a program with a JSONEncoder subclass whose hook may return anything
import json
from datetime import date


class AppEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return o.isoformat()
        return super().default(o)


print(json.dumps({"d": date(2024, 2, 1)}, cls=AppEncoder))
stream = '{"a": 1} {"b": [2, 3]}  {"c": null}'
dec, pos, objs = json.JSONDecoder(), 0, []
while pos < len(stream):
    obj, end = dec.raw_decode(stream, pos)
    objs.append(obj)
    pos = end
    while pos < len(stream) and stream[pos].isspace():
        pos += 1
print(objs)
