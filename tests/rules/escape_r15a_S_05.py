# expect: reject class_value
# line: 24
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: fifteenth red team (round 15a), family S: a parameter named like an imported module, def probe(typing): inside the def typing.Union is the argument's attribute, the program's Grab, whose reflected __eq__ receives the builtin type: a module path is a fixed library object only when its root name is bound by its imports alone (wk_module_only) (ours)
import typing


class P:
    pass


class Grab:
    def __eq__(self, other):
        raise LookupError(other)


class NS:
    def __init__(self):
        self.Union = Grab()


def probe(typing):
    try:
        type(P) == typing.Union
    except Exception as e:
        return e.args[0]


print(probe(NS()))
