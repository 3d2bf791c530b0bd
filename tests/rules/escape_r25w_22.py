# expect: reject store
# line: 14
# why: the red team's round 25w ok_22 (its header below): a library callable that calls or binds a callable it is handed (partial, map, reduce, starmap, Thread...), itself handed on with its callable slot open, may call any function value with any value
# goal (lower tier): mutates logging's loggerDict (plants a key in logging.Logger.manager.loggerDict).
# mechanism: as ok_18: @functools.partial(functools.partial, d=logging.Logger.manager.loggerDict) binds
#   the library dict into d; run() does d["planted"] = 1.
# rule slipped: store (item store on a parameter the checker links to nothing). family/principle: ok_18.
import functools
import logging


@functools.partial(functools.partial, d=logging.Logger.manager.loggerDict)
def run(d):
    d["planted"] = 1
    return 0


run()
print("planted" in logging.Logger.manager.loggerDict)
