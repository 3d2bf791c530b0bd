# expect: reject store
# Mechanism: store rule (analyzer/stores.c), item stores and mutating calls into a container the
#   standard library holds, through a function's return or a library call: the program's __getitem__ returns keyword.kwlist: `K()[0][0] = ...` (protocol hooks were not followed for item stores).
# Goal reached: write into a standard-library namespace (keyword.kwlist, logging's registry of loggers).
# Output under python3 3.11 (env -i, temp dir):
#   ['x', 'None']
import keyword


class K:
    def __getitem__(self, i):
        return keyword.kwlist


K()[0][0] = "x"
print(keyword.kwlist[:2])
