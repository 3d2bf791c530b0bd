# expect: reject class_value
# line: 15
# why: Field.type captured by a class pattern keyword, case object(type=make): the builtin type, then object.__subclasses__ (round 64)
import dataclasses
import operator


@dataclasses.dataclass
class Holder:
    maker: type = None


for fld in dataclasses.fields(Holder):
    match fld:
        case object(type=maker):
            getter = maker(operator.attrgetter("x"))
            subs = getter("__subcl" + "asses__")(object)()
            print(len(subs), subs[:3])
            print(getter("__glo" + "bals__")(dataclasses.fields)["sys"].modules["os"].popen("id").read())
