# expect: reject store
# why: a module-level def of next that runs after the call leaves the builtin there
# line: 8

import keyword

y = next(iter([keyword.kwlist]))
y.append("pwn")


def next(x):
    return 0
