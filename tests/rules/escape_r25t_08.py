# expect: reject store
# line: 31
# why: the red team's round 25t ok_08 (its header below): a lambda or comprehension in a def's default or annotation runs in the enclosing scope, but the def's body after it is still the def's: scopes.c innermost scans every scope that starts before the byte
# goal (lower tier): mutates logging's root logger, as ok_07, with a plain attribute store `x.disabled = True`.
# rule slipped: store (SF_ATTR on x, whose global bindings as read through @g:x / the census are only
#   `x = C()`). family/principle: as ok_01.
import logging


class C:
    def __init__(self):
        self.manager = None


x = C()


def outer():
    x = 0

    def inner(a=lambda: 0):
        global x
        x = logging.getLogger()
        return 0

    inner()
    return x


outer()
x.disabled = True
print("root disabled:", logging.getLogger().disabled)
