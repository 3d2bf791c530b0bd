# expect: reject class_value
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir (os.environ printed)
# why: eleventh red team (11b), family A: type by value from get_origin inside a def

# Mechanism (family A, same chain as ok_01): `type` as a value from typing.get_origin,
#   typing._GenericAlias called by value with name="__builtins__", copy.deepcopy runs its
#   __reduce__ -> builtins["__import__"]. __import__("os") then gives the os module as a
#   value (a call of an unknown callable: the checker judges `.environ` as a plain
#   attribute read).
# Goal reached: the os module as a value; os.environ printed.
# Output seen under python3 (os.environ read; printed as its size and one entry so the
#   file records nothing of the machine's environment):
#   module os
#   environ entries: <N> HOME = /root
import typing, copy


def cls_of(value):
    kind = typing.get_origin(typing.Type[object])
    return kind(value)


loader = copy.deepcopy(cls_of(typing.Tuple[int])(int, ("__import__",), name="__builtins__"))
system = loader("os")
print(type(system).__name__, system.__name__)
print("environ entries:", len(system.environ), "HOME =", system.environ.get("HOME"))
