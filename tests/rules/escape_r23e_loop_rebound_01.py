# expect: reject builtin
# why: twenty-third red team, round e: a judged loop target (literal names, a module-level tuple, **kwargs keys) rebound while the body runs by a closure declaring it nonlocal (called in the body or by the library): a name declared global or nonlocal anywhere is no judged source
# line: 36
# goal: the REAL builtin `eval` as a value (typing's __builtins__ dict indexed); then runs `id`
#   through it (prints <built-in function eval> and the uid line).
# mechanism: (1) a run-time-named setattr on self of a closed class whose name is the target of
#   `for k in ("plain",)` -- a loop over literal names, a judged source (1a6db8f) -- but the
#   target is a CELL variable: a nested def declared BEFORE the loop does `nonlocal k;
#   k = "__reduce_ex__"` (built at run time) and is called in the loop body. setattr plants
#   __reduce_ex__ in the instance dict; copy.deepcopy runs it (round23b ok_07's chain:
#   typing.Literal["eval"] with _name="__builtins__", then _GenericAlias.__reduce__ ->
#   operator.getitem(typing's __builtins__, "eval")).
# rule slipped: builtin (names.c wk_check_guarded: may_dunder = ... && !loop_over_plain_names).
#   loop_over_plain_names proves k holds a literal only by a census of the loop BODY
#   (wk_take_census_many(body, k): c.other == 0). A call in the body to a closure that rebinds
#   k through `nonlocal` writes k with no binding of k inside the body; the closure sits
#   outside the loop, so the census never sees `k = ...`. Every cell variable is writable by
#   any nested def of the function, wherever it stands.
# verify: safe-exec-check rc=0; python3 prints <built-in function eval> and uid=...
import copy
import typing


def red(proto):
    return (typing.Literal.__getitem__, ("eval",), {"_name": "--builtins--".replace("-", "_")})


class Box:
    def put(self, v):
        def swap():
            nonlocal k
            k = "--reduce-ex--".replace("-", "_")

        for k in ("plain",):
            swap()
            setattr(self, k, v)


b = Box()
b.put(red)
ev = copy.deepcopy(copy.deepcopy(b))
print(ev)
print(ev("__import__('os').popen('id').read()"))
