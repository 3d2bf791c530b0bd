# expect: reject format
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: the template table passed to a function that rewrites an entry.
# Goal reached: dump the environment.
import sys

T = {"greet": "Hello {0.__name__}"}


def poison(d):
    d["greet"] = "{0.__globals__[sys].modules[os].environ}"


def f():
    return 0


poison(T)
print(T["greet"].format(f))
