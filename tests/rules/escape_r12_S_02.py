# expect: reject module_attribute
# line: 20
# verified: reaches its goal under plain python3 (3.11) in a temp dir (open read /etc/passwd, __import__ gave os)
# why: twelfth red team, family S: f.registry.keys() of a singledispatch function hands back the annotation class type by value

# Mechanism: same as ok_01 (functools.singledispatch registry holds the annotation class 'type'), reached through a for loop over registry.keys(); type(typing.List[int]) = typing._GenericAlias with name='__builtins__', copy.deepcopy of it gives builtins open / __import__
# Goal reached: /etc/passwd read via open; the os module as a value; os.environ printed
# Output seen under python3 (3.11), run in a fresh temp dir:
#   (the red team's capture named its temp file; re-run here it printed open, the first lines of /etc/passwd, the os module and the environment)
import functools, typing, copy

@functools.singledispatch
def describe(x):
    return "thing"

@describe.register
def _(x: type):
    return "class"

for k in describe.registry.keys():
    kind = k
op = copy.deepcopy(kind(typing.List[int])(int, ("open",), name="__builtins__"))
print(op)
print(op("/etc/passwd").read()[:200])
imp = copy.deepcopy(kind(typing.List[int])(int, ("__import__",), name="__builtins__"))
os_module = imp("os")
print(os_module)
print(dict(os_module.environ))
