# expect: accept
# why: fifteenth red team (round 15a), family S: == and in with library classes and typing's special forms the rules name (decimal.Decimal, typing.Union), and contextlib.redirect_stdout used to capture output
import contextlib
import decimal
import io
import math
import sys
import typing


def kind(x):
    if type(x) == decimal.Decimal:
        return "decimal"
    if type(x) in (int, float):
        return "number"
    return "other"


def optional(h):
    return typing.get_origin(h) == typing.Union


buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
sys.stdout.write(buf.getvalue())
print(kind(decimal.Decimal(1)), kind(1), kind('x'))
print(optional(typing.Optional[int]), optional(int), math.pi > 3)
