# contextlib: contextmanager, suppress, redirect_stdout, ExitStack, closing
import io
from contextlib import contextmanager, suppress, redirect_stdout, ExitStack, nullcontext

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("div") as t:
    print("inside", t)
    with tag("p"):
        print("text")

with suppress(KeyError, IndexError):
    {}["missing"]
print("suppressed ok")

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line 1")
    print("captured line 2")
print("captured:", buf.getvalue().splitlines())

class Resource:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("open", self.n)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close", self.n, exc_type.__name__ if exc_type else None)
        return False

with ExitStack() as stack:
    rs = [stack.enter_context(Resource(i)) for i in range(3)]
    stack.callback(print, "callback ran")
    print("using", [r.n for r in rs])

try:
    with Resource("x"):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)
with nullcontext(5) as v:
    print("null", v)
