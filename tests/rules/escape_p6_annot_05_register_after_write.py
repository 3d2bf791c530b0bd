# expect: reject module_attribute
# line: 17
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: the annotations of a def the program wrote are readable and writable; the
#   only standard-library reader that evaluates them, singledispatch's
#   register(func) (typing.get_type_hints eval()s every string), must stay
#   closed: register is a decorator right on a fresh def, or takes a class.
# Goal reached: run a process (id).
from functools import singledispatch
@singledispatch
def show(x):
    return "?"
def handler(x: int):
    return "int"
handler.__annotations__["x"] = "(__import__('os').system('id'), int)[1]"
# the attacker's call: register(func) reads handler's annotations now
register = show.register
register(handler)
