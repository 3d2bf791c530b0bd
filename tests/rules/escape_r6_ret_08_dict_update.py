# expect: reject store
# Mechanism: store rule (analyzer/stores.c), item stores and mutating calls into a container the
#   standard library holds, through a function's return or a library call: a function returning a library dict (logging's registry of loggers), `.update()` on its call.
# Goal reached: write into a standard-library namespace (keyword.kwlist, logging's registry of loggers).
# Output under python3 3.11 (env -i, temp dir):
#   replaced
import logging


def table():
    return logging.Logger.manager.loggerDict


table().update({'app': 'replaced'})
print(logging.getLogger('app'))
