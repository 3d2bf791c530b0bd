# expect: reject memory
# line: 24
# why: round 93's family: a contextmanager's object keeps the call's keywords in kwds, a private class's attribute (library-held-attribute): a method called on it inside a comparison is no def of the program's, whatever defs the program names so
import contextlib

vl = []


@contextlib.contextmanager
def scope(**kw):
    yield kw


class Decoy:
    def kwds(self):
        return 1


CM = scope(a=1)


class V:
    def __lt__(self, o):
        CM.kwds.clear()
        return NotImplemented


vl.append(V())
print(vl < [V()])
