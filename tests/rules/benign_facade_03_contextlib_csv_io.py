# expect: accept
# why: contextlib, csv over io.StringIO, redirect_stdout, suppress
import contextlib, csv, io
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    yield
    print(f"</{name}>")
with tag("b"):
    print("bold")
buf = io.StringIO("a,b\n1,2\n")
rows = list(csv.DictReader(buf))
out = io.StringIO()
w = csv.writer(out)
w.writerow(["x", "y"])
with contextlib.redirect_stdout(io.StringIO()) as captured:
    print("hidden")
with contextlib.suppress(KeyError):
    {}["k"]
print(rows, out.getvalue().strip(), captured.getvalue().strip())
