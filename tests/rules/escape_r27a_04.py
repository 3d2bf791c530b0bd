# expect: reject unbound
# line: 18
# why: ours, round 27a: a library class whose dunder written in Python uses getattr and setattr on what self holds (contextlib.redirect_stdout) is no value: carried by a list, its __enter__ would be read through the element
# A library class carried by a list, its dunder read through the element: the
# class is no value (a dunder of it written in Python uses getattr and setattr
# on what self holds).
import contextlib


class Grab:
    _stream = "modules"

    def __init__(self):
        self._new_target = None
        self._old_targets = []


kinds = [contextlib.redirect_stdout]
g = Grab()
kinds[0].__enter__(g)
print(type(g._old_targets[0]))
