# expect: reject store
# why: a callable taken out of a list and handed to addFilter: every function used as a value may be the filter
# line: 7
import keyword
import logging

cbs = [lambda rec: rec.args[0].append("zz") or True]
lg = logging.getLogger("a")
lg.addFilter(cbs[0])
lg.warning("%s", keyword.kwlist)
print("zz" in keyword.kwlist)
