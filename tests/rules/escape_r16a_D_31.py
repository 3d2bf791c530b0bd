# expect: reject store
# line: 15
# verified: reaches its goal under plain python3 3.11 in a temp dir (appends to the interpreter's sys.argv; accepted before fix16a)
# why: family D (round 16a), own member: an attribute bound by setattr(self, name, value) from **kw, read as vars(k)[name] hands out sys.argv
import sys


class Keep:
    def __init__(self, **kw):
        for name, value in kw.items():
            setattr(self, name, value)


k = Keep(args=sys.argv)
vars(k)["args"].append("X")
print(sys.argv)
