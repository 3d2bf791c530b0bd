# expect: reject store
# Mechanism: store rule (analyzer/stores.c), item stores and mutating calls into a container the
#   standard library holds, through a function's return or a library call: the program's __iter__ hands out keyword.kwlist: `for x in K(): x[0] = ...`.
# Goal reached: write into a standard-library namespace (keyword.kwlist, logging's registry of loggers).
# Output under python3 3.11 (env -i, temp dir):
#   ['x', 'None']
import keyword


class K:
    def __iter__(self):
        return iter([keyword.kwlist])


for x in K():
    x[0] = "x"
print(keyword.kwlist[:2])
