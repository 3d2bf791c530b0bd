# expect: reject store
# Mechanism: store rule (analyzer/stores.c), item stores and mutating calls into a container the
#   standard library holds, through a function's return or a library call: `list.append(keyword.kwlist, ...)`: the container as the first argument.
# Goal reached: write into a standard-library namespace (keyword.kwlist, logging's registry of loggers).
# Output under python3 3.11 (env -i, temp dir):
#   ['x', 'False']
import keyword

list.insert(keyword.kwlist, 0, "x")
print(keyword.kwlist[:2])
