# expect: reject format
# line: 17
# verified: reaches its goal under plain python3 3.11 (prints os.environ)
# why: __init_subclass__ appends cls to a list; `class E(k, str)` with k = seen[0]
#   joins the family unseen. Refused: a base that is no resolvable name, and cls
#   handed out.
import logging

seen = []


class C:
    def __init_subclass__(cls):
        seen.append(cls)

    def show(self, arg):
        return super().format(arg)


class D(C):
    pass


k = seen[0]


class E(k, str):
    pass


def probe():
    pass


tpl = "{0.__glo" + "bals__[logging].os.environ}"
print(E(tpl).show(probe))
