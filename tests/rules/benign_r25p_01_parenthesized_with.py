# expect: accept
# why: 3.10's parenthesized context managers, one item or several (round 25p found
#   the one-item form `with (c as x):` refused as invalid syntax, which CPython
#   accepts)
import contextlib
import io

with (contextlib.redirect_stdout(io.StringIO()) as buf):
    print("hidden")
with (contextlib.nullcontext(1) as a, contextlib.nullcontext(2) as b):
    print(a + b, len(buf.getvalue()))
