# expect: accept
# why: a dispatcher on another object by an f-string name (the interpreter builds
#   the text, so it starts with "do_" whatever cmd is), a '+' chain of literals and
#   f-strings, and '+' on self of a closed class (any name there)
class Shell:
    def do_add(self, a, b):
        return a + b

    def do_neg(self, a):
        return -a


class Router:
    def route(self, name, *args):
        return getattr(self, "r_" + name)(*args)

    def r_twice(self, x):
        return 2 * x


def dispatch(obj, cmd, *args):
    handler = getattr(obj, f"do_{cmd}", None)
    if handler is None:
        return "unknown " + cmd
    return handler(*args)


sh = Shell()
print(dispatch(sh, "add", 2, 3), dispatch(sh, "neg", 4), dispatch(sh, "mul"))
print(hasattr(sh, "do_" + "x" + f"{'add'}"), Router().route("twice", 21))
