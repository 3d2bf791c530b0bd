# expect: reject store
# why: the red team's ok_10 after the library-callback rule: as ok_09 with typing.final(impl) (identity decorator, also in args_only_caller and
# line: 16
# goal: mutate keyword.kwlist; prints True.
# mechanism: as ok_09 with typing.final(impl) (identity decorator, also in args_only_caller and
#   missing from maybe_function's wrappers). atexit.register/enum.unique/dataclass/total_ordering
#   return their argument too.
import abc
import functools
import keyword
import logging
import typing


def impl(rec):
    rec.args[0].append('zz')
    return True


lg = logging.getLogger('a')
lg.addFilter(typing.final(impl))
lg.warning('%s', keyword.kwlist)
print('zz' in keyword.kwlist)
