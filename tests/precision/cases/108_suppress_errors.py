# Tolerant parsing with contextlib.suppress, ExitStack and redirect_stdout.
import io
from contextlib import ExitStack, redirect_stdout, suppress

raw_values = ["12", "x", "7.5", "", "42", "NaN?", "-3"]
numbers = []
for v in raw_values:
    with suppress(ValueError):
        numbers.append(int(v))
print("integers:", numbers)

cache = {"a": 1}
with suppress(KeyError):
    del cache["missing"]
print("cache:", cache)

log = []


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        log.append(f"close {self.name}" + (f" after {exc_type.__name__}" if exc_type else ""))
        return False


with suppress(ZeroDivisionError):
    with ExitStack() as stack:
        resources = [stack.enter_context(Resource(n)) for n in ("db", "cache", "queue")]
        log.append("working with " + ", ".join(r.name for r in resources))
        1 / 0
print("\n".join(log))

buffer = io.StringIO()
with redirect_stdout(buffer):
    print("captured line 1")
    print("captured line 2")
print("captured:", buffer.getvalue().splitlines())
