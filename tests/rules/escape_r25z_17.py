# expect: reject store
# line: 21
# why: the red team's round 25z ok_17 (its header below): a library callable with a callable among its positional parameters (nsmallest's key, ThreadPoolExecutor's initializer...), or one bound to another name by an import alias, handed on as a value, may call any function value with any value
# goal: prints os.environ (serious), as ok_01.
# mechanism: from functools import partial as P; map(P if sys.argv else None, [run], [sys.argv]) -- the 25y ok_07 conditional,
#   with the caller spelled by an import alias.
# rule slipped: store: caller_values never visits P (only the literal "partial", whose one occurrence is the aliased_import);
#   names_operator_call at the map argument unparens but does not look into a conditional_expression.
# family: "a caller judged by its spelling" (25y caller_values) -- the scan is keyed by the original name's TEXT;
#   an import-as alias renames it, and the alias's own uses are never visited.
# principle: key the scan on bindings, not text: any name bound by an import (as-alias included) to a listed
#   caller is itself a caller name -- add every such alias to the scan list (iterate to a fixpoint through plain
#   assignments), or refuse import-as aliases (and assignments) of the listed callers outright.
import functools
import logging
import sys
import unittest


def run(x):
    x.append("logging.os.environ")
    return 0


from functools import partial as P
list(map(P if sys.argv else None, [run], [sys.argv]))[0]()
print(sys.argv)
unittest.main(exit=False)
