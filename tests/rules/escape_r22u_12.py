# expect: reject format
# line: 15
# why: not an attack by itself, the nearest form: a class of the super().format family
#   returning cls from a classmethod, every base a name: refused all the same (the
#   class becomes a value the family's judgement by names cannot follow).
import logging


class C:
    @classmethod
    def kind(cls):
        return cls

    def show(self, arg):
        return super().format(arg)


def probe():
    pass


class D(C):
    pass


tpl = "{0.__glo" + "bals__[logging].os.environ}"
print(D().show(probe) if False else "unused")
