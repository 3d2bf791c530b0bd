# expect: reject store
# why: the red team's ok_09 after the library-callback rule: lg.addFilter(abc.abstractmethod(impl)): abstractmethod returns impl itself (sets
# line: 18
# goal: mutate keyword.kwlist; prints True.
# mechanism: lg.addFilter(abc.abstractmethod(impl)): abstractmethod returns impl itself (sets
#   __isabstractmethod__), logging calls it with the record.
# rule slipped: store. abc.abstractmethod is in args_only_caller (so impl, its argument, gets only
#   escaping returns) AND not in maybe_function's wrappers list (so its result is 'surely no
#   function' and addFilter's argument raises no opaque_callback). An identity decorator is a wrapper.
import abc
import functools
import keyword
import logging
import typing


def impl(rec):
    rec.args[0].append('zz')
    return True


lg = logging.getLogger('a')
lg.addFilter(abc.abstractmethod(impl))
lg.warning('%s', keyword.kwlist)
print('zz' in keyword.kwlist)
