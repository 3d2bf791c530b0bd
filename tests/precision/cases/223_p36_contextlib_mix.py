import io
import sys
from contextlib import contextmanager, suppress, redirect_stdout, redirect_stderr, ExitStack, nullcontext

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("div") as t:
    with tag("p"):
        print("hello", t)

with suppress(KeyError, ZeroDivisionError):
    {}["missing"]
    print("not reached")
print("after suppress")

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line 1")
    help_text = "captured line 2"
    print(help_text)
print("captured:", buf.getvalue().splitlines())

err = io.StringIO()
with redirect_stderr(err):
    print("warning!", file=sys.stderr)
print("stderr had:", err.getvalue().strip())

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, "error" if exc_type else "ok")
        return False

with ExitStack() as stack:
    rs = [stack.enter_context(Resource(n)) for n in "abc"]
    stack.callback(print, "callback ran")
    print("using", [r.name for r in rs])

with nullcontext(5) as v:
    print("nullcontext", v)
try:
    with Resource("x"):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)
