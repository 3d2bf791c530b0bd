# expect: reject format
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: the table's entries rewritten in a loop over its own keys.
# Goal reached: dump the environment.
import sys

T = {"greet": "Hello {0.__name__}"}
for k in T:
    T[k] = "{0.__globals__[sys].modules[os].environ}"


def f():
    return 0


print(T["greet"].format(f))
