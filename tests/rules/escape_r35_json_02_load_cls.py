# expect: reject store
# line: 19
# why: family of round 35b ok_01: json.load(f, cls=K) is K(...).decode(f.read())
import io
import json
import sys


class K:
    def __init__(self, **kw):
        pass

    def decode(self, s):
        return sys.argv


names = json.load(io.StringIO("1"), cls=K)
print(names is sys.argv)
names.append("x")
