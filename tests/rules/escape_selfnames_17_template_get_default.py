# expect: reject format
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: T.get(k, default) with a literal default that walks a function's globals.
# Goal reached: dump the environment.
import sys

T = {"greet": "Hello {0.__name__}"}


def f():
    return 0


print(T.get("nope", "{0.__globals__[sys].modules[os].environ}").format(f))
