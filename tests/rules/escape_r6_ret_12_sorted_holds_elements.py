# expect: reject store
# Mechanism: store rule (analyzer/stores.c), item stores and mutating calls into a container the
#   standard library holds, through a function's return or a library call: `sorted([keyword.kwlist])[0][0] = ...`: a new list, holding the library's list.
# Goal reached: write into a standard-library namespace (keyword.kwlist, logging's registry of loggers).
# Output under python3 3.11 (env -i, temp dir):
#   ['x', 'None']
import keyword

sorted([keyword.kwlist])[0][0] = "x"
print(keyword.kwlist[:2])
