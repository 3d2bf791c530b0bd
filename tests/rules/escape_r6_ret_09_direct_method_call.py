# expect: reject store
# Mechanism: store rule (analyzer/stores.c), item stores and mutating calls into a container the
#   standard library holds, through a function's return or a library call: `keyword.kwlist.sort()`: mutating method calls on a module's value were not judged at all.
# Goal reached: write into a standard-library namespace (keyword.kwlist, logging's registry of loggers).
# Output under python3 3.11 (env -i, temp dir):
#   ['yield']
import keyword

keyword.kwlist.sort(reverse=True)
print(keyword.kwlist[:1])
