# expect: reject store
# line: 29
# why: the red team's round 26g ok_04 (its header below): text with a field is no plain literal (a lone field is what __format__ returned, any str subclass with the program's operators), and an operator method bound in a class body by any form (a lambda, a def's name) makes operators and comparisons may-be-functions; a base the checker cannot name is in doubt
# goal: prints os.environ (serious).
# mechanism: class S(str): def __lt__(self, o): return run; es.callback(f"{K()}" < "b", sys.argv) -> run.
# rule slipped: store: plain_expr(comparison_operator) of two string nodes is "a bool"; a comparison returns whatever __lt__ returns.
# family O: "an f-string is text": plain_expr (stores.c) answers every `string` node "plain" (a literal: no
#   function, no data a method could change) without asking whether it holds an interpolation, and maybe_function
#   returns "no function" for any plain_expr BEFORE its operator test (program_operators) -- so a unary, binary or
#   comparison operator over an f-string is "plain" too. At run time f"{x}" with ONE field and no literal text is
#   FORMAT_VALUE alone (no BUILD_STRING): it evaluates to whatever x.__format__ returned, and format() accepts any
#   str SUBCLASS instance. __format__ is on chain_value_dunder's fixed-type list ("returns str"), so K hands out
#   nothing either. The str subclass S then answers the operator (-s, "a"+s via __radd__ which a subclass wins,
#   s < "b") with run, a def the checker saw escape only as a return value of a dunder nobody is thought to call.
# principle: text with an interpolation is not a literal: plain_expr, constant tests and maybe_function must use
#   no_interpolation (already written, stores.c:11625, and used by immutable_expr) -- an f-string is "a str or a
#   str subclass a program __format__/__str__/__repr__ made", i.e. judged like a call of the program; and more
#   generally a dunder whose result CPython checks only by isinstance (__format__, __str__, __repr__, __index__,
#   __int__ via subclass, __bytes__, __fspath__, __length_hint__...) returns a SUBCLASS the program wrote, whose
#   own dunders are program code: "fixed type" must mean "exact builtin type", not "instance of".
# verify: the checker THIS -> exit 0; python3 THIS -> sys.argv gains 'logging.os.environ', then environ({...}) in unittest's TypeError.
import contextlib
import logging
import sys
import unittest


def run(x, *a):
    x.append("logging.os.environ")
    return 0


class S(str):
    def __lt__(self, o):
        return run


class K:
    def __format__(self, spec):
        return S("s")


es = contextlib.ExitStack()
es.callback(f"{K()}" < "b", sys.argv)
es.close()
print(sys.argv)
unittest.main(exit=False)
