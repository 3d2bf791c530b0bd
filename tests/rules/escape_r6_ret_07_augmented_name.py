# expect: reject store
# Mechanism: store rule (analyzer/stores.c), item stores and mutating calls into a container the
#   standard library holds, through a function's return or a library call: `x = f(); x += [...]` extends the library's list in place.
# Goal reached: write into a standard-library namespace (keyword.kwlist, logging's registry of loggers).
# Output under python3 3.11 (env -i, temp dir):
#   ['x'] True
import keyword


def f():
    return keyword.kwlist


x = f()
x += ["x"]
print(keyword.kwlist[-1:] + keyword.kwlist[:0], ["x"] == keyword.kwlist[-1:])
