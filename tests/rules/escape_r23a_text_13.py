# expect: reject store
# why: an object may bind split to its own callable (SimpleNamespace(split=f)): the call is f's result, the root logger
# line: 9
import logging
import types

b = types.SimpleNamespace(split=lambda: logging.getLogger())
r = b.split()
r.warning = print
logging.getLogger().warning("root logger's method replaced")
