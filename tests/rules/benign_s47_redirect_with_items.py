# expect: accept
# why: redirect_stdout and redirect_stderr as with items, plain, with `as`, two in one with, in a def and at module level: the with statement holds the redirect until it ends
import contextlib
import io
from contextlib import redirect_stdout


def capture(f):
    buf = io.StringIO()
    with redirect_stdout(buf):
        f()
    with contextlib.redirect_stderr(io.StringIO()) as e, contextlib.redirect_stdout(buf):
        f()
    return buf.getvalue()


print(capture(lambda: print("hi")))
with redirect_stdout(io.StringIO()) as b:
    print("x")
print(b.getvalue())
