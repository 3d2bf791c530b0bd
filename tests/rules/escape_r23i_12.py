# expect: reject store
# why: the red team's ok_12 after the library-callback rule: as ok_11 through a dataclass: the field's default is a property, so the generated
# line: 18
# goal: mutate keyword.kwlist; prints True.
# mechanism: as ok_11 through a dataclass: the field's default is a property, so the generated
#   __init__ does self.x = x, which runs the setter with the constructor argument keyword.kwlist.
# rule slipped: store, same reason (property in args_only_caller; the setter is reached through an
#   attribute store in library-generated code, not a call the checker sees).
import dataclasses
import keyword


def _get(self):
    return None


def _set(self, v):
    v.append('zz')


@dataclasses.dataclass
class D:
    x: list = property(_get, _set)


D(keyword.kwlist)
print('zz' in keyword.kwlist)
