# expect: reject builtin
# why: run-time names on self where they cannot be dunders: a @dataclass whose
#   method reads options by a literal prefix and loops over literal field names, and
#   a closed class (no dataclass) that keeps getattr(self, k) with any k (the
#   runtime wall's getattr judges dunders there).
#   Refused since computed names on self must come from a judged source: this
#   name (a '+' chain, a kwargs key, a value from data) may hold any text.
# line: 37
import dataclasses


@dataclasses.dataclass
class Config:
    opt_depth: int = 2
    opt_width: int = 3
    _cache: int = 0

    def get(self, key):
        return getattr(self, f"opt_{key}")

    def private(self, key):
        return getattr(self, f"_c{key}")

    def total(self):
        s = 0
        for name in ("opt_depth", "opt_width"):
            s += getattr(self, name)
        return s


class Bag:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def read(self, k):
        return getattr(self, k, None)


c = Config()
print(c.get("depth"), c.private("ache"), c.total(), Bag(a=1).read("a"))
