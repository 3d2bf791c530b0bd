# expect: reject store
# line: 12
# why: the red team's round 25w ok_26 (its header below): a library callable that calls or binds a callable it is handed (partial, map, reduce, starmap, Thread...), itself handed on with its callable slot open, may call any function value with any value
# goal (lower tier): mutates logging's root logger.
# mechanism: as ok_24 inline: functools.partial(functools.partial, lg=root logger)(off)() -> off(lg=root).
# rule slipped: store. family/principle: ok_24.
import functools
import logging


def off(lg):
    lg.disabled = True
    return 0


functools.partial(functools.partial, lg=logging.getLogger())(off)()
print("root disabled:", logging.getLogger().disabled)
