# expect: reject class_value
# line: 18
# why: a field annotated with the builtin type hands type back through Field.type: attrgetter with run-time names, then id (round 63)
import dataclasses
import operator


@dataclasses.dataclass
class Holder:
    maker: type = None


def helper():
    return 0


for fld in dataclasses.fields(Holder):
    maker = fld.type
    getter = maker(operator.attrgetter("x"))
    g = getter("__glo" + "bals__")(helper)
    lg = g["data" + "classes"]
    run = getter("inspect.os.sys" + "tem")(lg)
    run("id")
