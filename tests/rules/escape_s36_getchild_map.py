# expect: reject method
# line: 6
# why: a made Logger's getChild asks the registry for the library's concurrent.futures logger; fetched as a value for map, the direct-call judgement missed it (round 62)
import logging, operator, functools
lg = logging.Logger("concurrent")
v = next(map(lg.getChild, ["futures"]))
v.disabled = True
