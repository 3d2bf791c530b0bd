# expect: reject builtin
# why: twenty-third red team, round e: a judged loop target (literal names, a module-level tuple, **kwargs keys) rebound while the body runs by a closure declaring it nonlocal (called in the body or by the library): a name declared global or nonlocal anywhere is no judged source
# line: 28
# goal: the REAL builtin `eval` as a value; prints os.environ through it.
# mechanism: as ok_01, but the closure that rebinds the loop target (`nonlocal k`) is not even
#   called by the program: the LIBRARY calls it back (sorted(..., key=swap)) inside the loop
#   body. A fix that looks for direct calls of a rebinding closure in the body would miss it;
#   the fix must refuse a target that any nested scope declares nonlocal (a cell variable).
# rule slipped: builtin (names.c loop_over_plain_names: body-only census of k).
# verify: safe-exec-check rc=0; python3 prints <built-in function eval> and environ({...}).
import copy
import typing


def red(proto):
    return (typing.Literal.__getitem__, ("eval",), {"_name": "--builtins--".replace("-", "_")})


class Box:
    def put(self, v):
        def swap(x):
            nonlocal k
            k = "--reduce-ex--".replace("-", "_")
            return x

        for k in ("plain",):
            sorted([1], key=swap)
            setattr(self, k, v)


b = Box()
b.put(red)
ev = copy.deepcopy(copy.deepcopy(b))
print(ev)
print(ev("__import__('os').environ"))
