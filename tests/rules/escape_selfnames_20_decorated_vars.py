# expect: reject builtin
# line: 21
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a class decorator of the program replaces the class: the name C is bound
#   once, by a class statement, but C(...) is whatever the decorator returned (a
#   function making a typing alias), so vars(x) is the alias's namespace.
# Goal reached: run a process (id).
import copy, typing


def deco(c):
    return lambda: typing.Literal["eval"]


@deco
class C:
    pass


x = C()
vars(x)["_name"] = "__builtins__"
copy.deepcopy(x)("__import__('os').system('id')")
