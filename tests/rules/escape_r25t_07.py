# expect: reject store
# line: 37
# why: the red team's round 25t ok_07 (its header below): a lambda or comprehension in a def's default or annotation runs in the enclosing scope, but the def's body after it is still the def's: scopes.c innermost scans every scope that starts before the byte
# goal (lower tier): mutates logging's ROOT LOGGER (root.disabled = True: all logging silenced), and
#   vars(x) on it is accepted too (its namespace read).
# mechanism: x = C() at module; inner(a=lambda: 0) declares `global x` and binds x = logging.getLogger();
#   the scope table (innermost() walk from the default's lambda) takes that binding for outer's local x.
#   `setattr(x, "disabled", True)` at module level writes the root logger.
# rule slipped: store (attribute store via setattr on a name the checker proves is its own instance:
#   own_instance_vars / wk_take_variable_census filter occurrences by wk_scopes_resolve, so x's census
#   is the single `x = C()` binding) and the @g:x key. Control: `def inner():` is refused.
# family/principle: as ok_01 (every census/proof that filters by the scope table inherits the bug).
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
setattr(x, "disabled", True)
print("root disabled:", logging.getLogger().disabled)
