# expect: accept
# why: thirteenth red team, family U': the honest forms beside the closed ones: dispatch by a computed name on self, setattr of options on self, a keyword class pattern on the program's own dataclass (fields named id and total, names a library class also defines in Python), methodcaller with a name only, a keyword pattern on dict
import operator
from dataclasses import dataclass


@dataclass
class Order:
    id: int
    total: float


class Shell:
    def __init__(self, **options):
        for key, value in options.items():
            setattr(self, "opt_" + key, value)

    def do_add(self, a, b):
        return a + b

    def run(self, command, *args):
        handler = getattr(self, "do_" + command, None)
        return handler(*args) if handler else "unknown command"


def describe(o):
    match o:
        case Order(id=i, total=t) if t > 100:
            return f"big order {i}"
        case Order(id=i):
            return f"order {i}"
        case dict(items=_):
            return "a dict"
    return "?"


sh = Shell(verbose=True)
print(sh.run("add", 2, 3), sh.run("nope"), sh.opt_verbose)
print(describe(Order(1, 250.0)), describe(Order(2, 5.0)), describe({}))
print(list(map(operator.methodcaller("upper"), ["a", "b"])))
