# expect: reject module_attribute
# line: 19
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval obtained, printed 42)
# why: twelfth red team, family S (own member): the registry captured by a class pattern keyword

# Mechanism: as escape_r12_S_01, with the registry captured by a class pattern's keyword (case object(registry=r))
# Goal reached: eval obtained and called
import functools, typing, copy

@functools.singledispatch
def f(x):
    return 0

@f.register
def _(x: type):
    return 1

match f:
    case object(registry=r):
        ty = [k for k in r if k is not object][0]
ev = copy.deepcopy(ty(typing.List[int])(int, ("eval",), name="__builtins__"))
print(ev("6 * 7"))
