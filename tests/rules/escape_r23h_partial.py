# expect: reject store
# why: a partial of a def handed to addFilter calls the def with the record after the bound arguments
# line: 10
import functools
import keyword
import logging


def flt(tag, rec):
    rec.args[0].append(tag)
    return True


lg = logging.getLogger("a")
lg.addFilter(functools.partial(flt, "zz"))
lg.warning("%s", keyword.kwlist)
print("zz" in keyword.kwlist)
