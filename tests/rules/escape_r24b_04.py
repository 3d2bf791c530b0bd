# expect: reject store
# why: the red team's round 24a ok_04: goal: writes into keyword.kwlist (lower tier)
# line: 29
# goal: writes into keyword.kwlist (lower tier)
# mechanism: a functools.cached_property getter returns self.a (= lst).
# rule slipped: store. A program @property's (or cached_property's / descriptor __get__'s)
#   return is linked to nothing an attribute read takes: key_of_root keys C(...).foo / x.foo by
#   the attribute name 'foo', fed only by stores 'obj.foo = v' (none here), and the getter's
#   'return self.a' / 'return lst' feeds '()foo', which no attribute read aliases. Binding the
#   read first (v = C().foo; v.append(M)) is accepted too: attr_object_aliases links v one level
#   inside C()'s object, and the call C() is a fresh_instance_call (no link). Not in
#   PROTOCOL_RETURNS: property's fget; __get__ is linked only for getattr()/attrgetter calls.
import keyword
import functools

lst = []


class C:
    def __init__(self, a):
        self.a = a

    @functools.cached_property
    def foo(self):
        return self.a


C(lst).foo.append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
