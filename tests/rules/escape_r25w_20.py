# expect: reject store
# line: 13
# why: the red team's round 25w ok_20 (its header below): a library callable that calls or binds a callable it is handed (partial, map, reduce, starmap, Thread...), itself handed on with its callable slot open, may call any function value with any value
# goal (lower tier): mutates logging's root logger.
# mechanism: as ok_18 with lg=logging.getLogger() bound by the decorator; off() sets lg.disabled.
# rule slipped: store. family/principle: ok_18.
import functools
import logging


@functools.partial(functools.partial, lg=logging.getLogger())
def off(lg):
    lg.disabled = True
    return 0


off()
print("root disabled:", logging.getLogger().disabled)
