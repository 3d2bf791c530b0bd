# expect: reject store
# line: 11
# why: the red team's round 25u ok_09 (its header below): a positional argument after *xs may land in any positional parameter from its own place on, or in *args
# goal (lower tier): mutates logging's root logger (root.disabled = True).
# mechanism: as ok_06: off(*[1], logging.getLogger()) binds lg=root logger; the checker links it to `n`.
# rule slipped: store (attribute store on a clean parameter). family/principle: as ok_06.
import logging


def off(n, lg):
    lg.disabled = True
    return n


off(*[1], logging.getLogger())
print("root disabled:", logging.getLogger().disabled)
