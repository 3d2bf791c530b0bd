# expect: reject store
# why: the red team's round 23p ok_05: as ok_01: @functools.singledispatch def f(x) returning 0; @f.register def _(o: list) appends;
# line: 23
# goal: mutates keyword.kwlist in place (lower tier: a module-level list of the standard library); prints True.
# mechanism: as ok_01: @functools.singledispatch def f(x) returning 0; @f.register def _(o: list) appends;
#   f(keyword.kwlist) dispatches to _(keyword.kwlist). Same shape as the project's own test
#   tests/rules/escape_r23f_dispatch.py, which is refused only because its dispatcher `return x` makes the
#   @grow.register line a 'register writes into a module value' store -- the append itself was never flagged.
# rule slipped: store; see ok_01 (a program call of a singledispatch function by its name hands its
#   arguments to def f's parameters only, never to the defs registered on it).
# verify: safe-exec-check rc=0; python3 prints True.
import functools
import keyword


@functools.singledispatch
def f(x):
    return 0


@f.register
def _(o: list):
    o.append("pwn")


f(keyword.kwlist)
print(keyword.kwlist[-1] == "pwn")
