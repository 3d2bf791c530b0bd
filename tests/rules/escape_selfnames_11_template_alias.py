# expect: reject format
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a template table bound once to string literals, mutated through a second
#   name bound to the same dict: the checker judged the literals, not what runs.
# Goal reached: dump the environment.
import sys

T = {"greet": "Hello {0.__name__}"}
U = T
U["greet"] = "{0.__globals__[sys].modules[os].environ}"


def f():
    return 0


print(T["greet"].format(f))
