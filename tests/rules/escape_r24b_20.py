# expect: reject store
# why: the red team's round 24a ok_20: goal: writes into keyword.kwlist (lower tier)
# line: 30
# goal: writes into keyword.kwlist (lower tier)
# mechanism: a __getattr__ in the exact form the dunder/attribute rules ask for (first statement
#   'if name.startswith("_"): raise AttributeError(name)', names listed) answers 'foo' with
#   self.a (= lst); C(lst).foo.append(kwlist) puts kwlist into lst; lst[0].append writes it.
# rule slipped: store. '(ret)__getattr__' is in PROTOCOL_RETURNS but protocol_part_aliases adds it
#   only for getattr()/attrgetter calls; a plain attribute read is keyed by the name 'foo'
#   (key_of_root), fed by no 'x.foo = v' store, and C(lst) is a fresh_instance_call. Same family
#   as ok_01..05 (attribute reads served by program hooks).
import keyword

lst = []


class C:
    def __init__(self, a):
        self.a = a

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name == "foo":
            return self.a
        raise AttributeError(name)


C(lst).foo.append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
