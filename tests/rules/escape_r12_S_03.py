# expect: reject module_attribute
# line: 19
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval obtained, printed 42)
# why: twelfth red team, family S (own member): the registry read through another name, as items()

# Mechanism: as escape_r12_S_01, with the registry reached through another name of the function and read as items()
# Goal reached: eval obtained and called
import functools, typing, copy

@functools.singledispatch
def f(x):
    return 0

@f.register
def _(x: type):
    return 1

g = f
items = dict(g.registry.items())
for k, v in items.items():
    if v is not g.dispatch(object):
        ty = k
ev = copy.deepcopy(ty(typing.List[int])(int, ("eval",), name="__builtins__"))
print(ev("6 * 7"))
