# expect: reject unbound
# line: 36
# why: the red team's round 27a ok_01: a library class's dunder written in Python (redirect_stdout.__enter__) called through the class with the self of a class that does not derive from it; dunders are judged as read through their class, and Base.m(self) needs a class deriving from Base
# ok_01 -- goal 1 (full escape: runs `id`; also goal 2: sys.modules, the os module)
#
# Mechanism: a library class's Python *dunder* method called through the class with
# a forged self.  contextlib.redirect_stdout.__enter__ is _RedirectStream.__enter__:
#     self._old_targets.append(getattr(sys, self._stream))
#     setattr(sys, self._stream, self._new_target)
# It trusts its private state.  A plain program class (closed: no library base, so
# it may bind private names in its body) supplies `_stream = "modules"`, a list for
# `_old_targets` and a `_new_target`; `contextlib.redirect_stdout.__enter__(self)`
# then does getattr(sys, "modules") into our list and setattr(sys, ...) -- a read
# and a write of ANY sys attribute by a name the checker never sees as an attribute.
# __exit__ restores it (setattr(sys, self._stream, self._old_targets.pop())).
#
# Why the checker missed it: rule `unbound` (analyzer/names.c, "library methods read
# through their class") only knows the names in rules/library-unbound.txt, which
# scripts/audit-* generate from *public non-dunder* methods; __enter__/__exit__ (and
# every other allowed protocol dunder: __call__, __iter__, __getitem__, ...) of a
# library class are never listed, so `LibClass.__enter__(obj)` with any obj passes.
# The private-name rule (section 2) forbids `_stream` only in classes deriving from
# a library class; this class derives from nothing, so it is "closed" and its
# private names are its own -- the library method is what gives them meaning.
import contextlib


class Grab:
    _stream = "modules"

    def __init__(self):
        self._new_target = None
        self._old_targets = []

    def fetch(self):
        contextlib.redirect_stdout.__enter__(self)      # getattr(sys, "modules")
        found = self._old_targets[0]
        self._old_targets.append(found)
        contextlib.redirect_stdout.__exit__(self, None, None, None)  # sys.modules restored
        return found


modules = Grab().fetch()
print(type(modules), len(modules), modules["os"])
modules["os"].system("id")
