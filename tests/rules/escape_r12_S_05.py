# expect: reject class_value
# line: 22
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval obtained, printed 42)
# why: twelfth red team, family S (own member): the registry copied onto a program function by functools.wraps; since session 35 the comprehension over the registry is judged by its reads of k, refused as a class by value (module_attribute before)

# Mechanism: as escape_r12_S_01, with the registry copied onto a program function by functools.wraps (which updates the wrapper's __dict__ from the wrapped one's) and read there
# Goal reached: eval obtained and called
import functools, typing, copy

@functools.singledispatch
def f(x):
    return 0

@f.register
def _(x: type):
    return 1

@functools.wraps(f)
def h(x):
    return 0

ty = [k for k in h.registry if k is not object][0]
ev = copy.deepcopy(ty(typing.List[int])(int, ("eval",), name="__builtins__"))
print(ev("6 * 7"))
