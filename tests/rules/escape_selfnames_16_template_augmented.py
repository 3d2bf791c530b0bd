# expect: reject format
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: an entry of the table extended in place (augmented assignment): the
#   literal the checker read is a prefix of what runs.
# Goal reached: dump the environment.
import sys

T = ["{0.__name__}"]
T[0] += " {0.__globals__[sys].modules[os].environ}"


def f():
    return 0


print(T[0].format(f))
