# expect: reject attribute
# line: 6
# why: getChild named by a string for operator.methodcaller: the registry's logger came back unjudged (round 62)
import logging, operator, functools
lg = logging.Logger("concurrent")
v = operator.methodcaller("getChild", "futures")(lg)
v.disabled = True
