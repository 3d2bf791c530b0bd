# expect: reject store
# Mechanism: store rule (analyzer/stores.c), item stores and mutating calls into a container the
#   standard library holds, through a function's return or a library call: `heapq.heappush(keyword.kwlist, ...)`: a module function that changes its first argument.
# Goal reached: write into a standard-library namespace (keyword.kwlist, logging's registry of loggers).
# Output under python3 3.11 (env -i, temp dir):
#   ['!', 'False']
import heapq
import keyword

heapq.heappush(keyword.kwlist, "!")
print(keyword.kwlist[:2])
