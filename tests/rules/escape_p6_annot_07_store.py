# expect: reject dunder
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: replacing a def's __annotations__ (a store, not a read) hands
#   singledispatch's register(func) a table the program built at run time; the
#   read allowance does not cover stores.
# Goal reached: run a process (id).
from functools import singledispatch
@singledispatch
def show(x):
    return "?"
def handler(x):
    return "int"
handler.__annotations__ = {"x": "(__import__('os').system('id'), int)[1]"}
show.register(handler)
