# expect: reject format
# line: 17
# verified: reaches its goal under plain python3 3.11 (prints os.environ through a program def's __globals__)
# why: a class method returning cls hands C out as k; `class E(k, str)` derives from C
#   without naming it, so super().format in C.show is str.format of E's text.
#   Refused: a variable base leaves the family's MRO unknown (wk_all_bases_resolved),
#   and a family class handing its cls out is refused too.
import logging


class C:
    @classmethod
    def kind(cls):
        return cls

    def show(self, arg):
        return super().format(arg)

    def twin(self):
        return self.kind()


def probe():
    pass


k = C().twin()


class E(k, str):
    pass


tpl = "{0.__glo" + "bals__[logging].os.environ}"
print(E(tpl).show(probe))
