# expect: reject store
# line: 8
# why: family of round 40b ok_02: a deep copy of a module function is the function: the root logger's handlers
import copy
import logging

handlers = copy.deepcopy(logging.getLogger)().handlers
handlers.append(logging.NullHandler())
print(handlers is logging.getLogger().handlers)
