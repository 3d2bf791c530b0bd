# expect: reject format
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: a function declares the table global and rebinds it to a dict built at
#   run time; the one-binding census must see the global statement's binding.
# Goal reached: dump the environment.
import sys

T = {"greet": "Hello {0.__name__}"}


def swap():
    global T
    T = dict(greet="{0.__globals__[sys].modules[os].environ}")


def f():
    return 0


swap()
print(T["greet"].format(f))
