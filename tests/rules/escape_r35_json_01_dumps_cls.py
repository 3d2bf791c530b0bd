# expect: reject store
# line: 18
# why: family of round 35b ok_01: json.dumps(1, cls=E) is E(...).encode(1) as it is
import json
import sys


class E:
    def __init__(self, **kw):
        self.kw = kw

    def encode(self, o):
        return sys.argv


names = json.dumps(1, cls=E)
print(names is sys.argv)
names.append("x")
