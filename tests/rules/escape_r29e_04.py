# expect: reject unbound
# line: 45
# why: round 29e ok_04: 'k.addFilter(ns, ...) for k in (logging.Handler, logging.Handler)': a comprehension's loop over library classes binds k as a for statement does, and the read rule follows k to each class (session 28: the recording pass, which enters statements only, had never recorded a comprehension's k)
# ok_04 -- goal 1 (prints os.environ, every variable) via goal 3 (a call the
#          rules refuse: a library class's Python method read through the class
#          and run on a foreign self, which appends to sys.argv): the sys.argv /
#          unittest.main lever.
#
# Mechanism: logging.Handler.addFilter read through the CLASS is a plain function
#   `addFilter(self, filter)` doing `self.filters.append(filter)`.  Called with
#   self = an object of the program whose `filters` attribute is sys.argv, it
#   appends the program's text to sys.argv.  The class is reached through a
#   COMPREHENSION's loop variable over a tuple of paths:
#   `[k.addFilter(ns, "...") for k in (logging.Handler, logging.Handler)]`.
#   (Same root, accepted and tested: `hs = [k for k in (logging.Handler,
#   logging.Handler)]` then `hs[0].addFilter(ns, ...)` -- the library class
#   escapes the comprehension as a plain value in a list; and
#   `list(k for k in (logging.Handler,))[0].addFilter(...)`.)
#
# Why the checker missed it: commit 956011e made analyzer/walk.c call
#   wk_record_for_alias() for a for_in_clause too, and names.c
#   libclass_place_ok() now accepts a library class in the tuple iterated by
#   a comprehension ("k is followed (wk_record_for_alias)").  But the
#   alias is recorded by name through wk_bind(..., BIND_ALIAS) for the
#   statement-level reading, while `k` inside the comprehension is the
#   comprehension's own variable: the unbound rule's follow-up of k's uses
#   (`.addFilter` read through k, k as a list element) never fires there.
#   Control: the same with a `for k in (logging.Handler, logging.Handler):`
#   STATEMENT is refused (rule unbound, "'.addFilter' read through a library
#   class"), and `hs = [logging.Handler]` is refused (unbound).
#   A REGRESSION of commit 956011e: the checker built from 20bf8b2 (HEAD~1)
#   refuses this very file (rule unbound, "'logging.Handler' is a library
#   class ... never a value stored, passed"), tested.
import logging
import sys
import unittest


class NS:
    pass


ns = NS()
ns.filters = sys.argv
[k.addFilter(ns, "logging.os.environ") for k in (logging.Handler, logging.Handler)]
print("sys.argv now:", sys.argv)
unittest.main(exit=False)
