# expect: reject format
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: the template table changed by a method call (update), not a subscript.
# Goal reached: dump the environment.
import sys

T = {"greet": "Hello {0.__name__}"}
T.update(greet="{0.__globals__[sys].modules[os].environ}")


def f():
    return 0


print(T["greet"].format(f))
