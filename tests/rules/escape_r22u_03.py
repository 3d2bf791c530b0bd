# expect: reject format
# line: 15
# verified: reaches its goal under plain python3 3.11 (prints os.environ through UserString.format)
# why: as escape_r22u_01 with collections.UserString after C in E's MRO.
import logging
from collections import UserString


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


class E(k, UserString):
    pass


tpl = "{0.__glo" + "bals__[logging].os.environ}"
print(E(tpl).show(probe))
