# expect: reject store
# why: the red team's round 24a ok_02: goal: writes into keyword.kwlist (lower tier)
# line: 30
# goal: writes into keyword.kwlist (lower tier)
# mechanism: x = C(lst); x.foo is a @property returning self.a (= lst); x.foo.append(kwlist)
#   puts kwlist into lst; lst[0].append('zzz') appends to keyword.kwlist.
# rule slipped: store. A program @property's (or cached_property's / descriptor __get__'s)
#   return is linked to nothing an attribute read takes: key_of_root keys C(...).foo / x.foo by
#   the attribute name 'foo', fed only by stores 'obj.foo = v' (none here), and the getter's
#   'return self.a' / 'return lst' feeds '()foo', which no attribute read aliases. Binding the
#   read first (v = C().foo; v.append(M)) is accepted too: attr_object_aliases links v one level
#   inside C()'s object, and the call C() is a fresh_instance_call (no link). Not in
#   PROTOCOL_RETURNS: property's fget; __get__ is linked only for getattr()/attrgetter calls.
import keyword

lst = []


class C:
    def __init__(self, a):
        self.a = a

    @property
    def foo(self):
        return self.a


x = C(lst)
x.foo.append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
