# expect: reject store
# line: 23
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: `global a` in a def rebinds the module's name to the library's list; the module-level append then extends it, while another def's local `a` is fresh

import keyword

a = []


def setup():
    global a
    a = keyword.kwlist


def other():
    a = []
    return a


other()
setup()
a.append("ZZZ")
print(keyword.kwlist[-1])
