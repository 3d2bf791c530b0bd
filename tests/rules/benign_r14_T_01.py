# expect: accept
# why: round 14 (honest14b p12): a grader's harness reports the failing case's exception line with traceback.format_exception_only, in the legacy (type(exc), exc) form and the 3.10+ one-argument form, a chained exception and a SyntaxError whose lines are its own fields

import traceback
from traceback import format_exception_only
def check(f, x):
    try:
        return "ok %r" % (f(x),)
    except Exception as exc:
        return traceback.format_exception_only(type(exc), exc)[-1].strip()
print(check(lambda v: 1 / v, 0))
print(check(int, "x1"))
try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad key") from e
except ValueError as exc:
    print("".join(format_exception_only(exc)), end="")
err = SyntaxError("invalid syntax", ("case.py", 3, 5, "x = = 1\n", 3, 6))
print("".join(traceback.format_exception_only(err)), end="")
