# family: wall (memory: gh-144475, functools.partial.__repr__ past the end of a shorter args tuple)   goal: crash   interpreter: /usr/bin/python3
# A sibling of X83 (the twelfth round's ok_04, functools.partial's call): the
# partial's repr. CPython 3.11's partial_repr takes the argument count once, then
# reads pto->args again at each step and reprs the item (gh-144475, fixed upstream
# in 2026, not in 3.11). The first item's __repr__ runs p.__setstate__ with an
# empty tuple: the loop goes on reading "items" past the end of the new tuple (the
# interpreter's static empty tuple: whatever words follow it) and reprs them:
# SIGSEGV on the image's 3.11.2. The wall: __setstate__ is refused while the same
# partial's __repr__ runs (busy_call, busy_refuse): RuntimeError, no crash.
import functools
class A:
    def __repr__(self):
        p.__setstate__((print, (), {}, None))
        return "A"
p = functools.partial(print, A(), *range(1000, 1400))
print(repr(p)[:60])
