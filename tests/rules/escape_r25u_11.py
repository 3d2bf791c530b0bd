# expect: reject store
# line: 21
# why: the red team's round 25u ok_11 (its header below): a keyword never binds a positional-only parameter: it goes into **kw
# goal: prints os.environ (serious): sys.argv gets "logging.os.environ", unittest.main(exit=False)
#   resolves it.
# mechanism: a POSITIONAL-ONLY parameter `x` (before `/`) and a **kw catch-all. run(0, x=sys.argv): Python
#   binds x=0 positionally and, x being positional-only, the keyword x=sys.argv goes into kw["x"]. The
#   checker links the keyword argument to the parameter of that NAME (x), so kw holds nothing and
#   kw["x"].append is a store into a clean value.
# rule slipped: store (stores.c parameter links, alias_back by keyword name: the `/` marker is ignored).
# family: "argument-to-parameter mapping that differs from the interpreter's" (with ok_06: star offsets).
# principle: bind arguments as CPython's call binding does: a keyword never binds a positional-only
#   parameter; with **kw present it lands in kw (link it to kw's items), without it the call fails.
#   Simplest: link every keyword argument to a same-named parameter AND to **kwargs' items.
import logging
import sys
import unittest


def run(x, /, **kw):
    kw["x"].append("logging.os.environ")
    return 0


run(0, x=sys.argv)
print(sys.argv)
unittest.main(exit=False)
