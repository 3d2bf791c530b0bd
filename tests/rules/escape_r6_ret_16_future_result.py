# expect: reject store
# Mechanism: store rule (analyzer/stores.c), item stores and mutating calls into a container the
#   standard library holds, through a function's return or a library call: a def returning keyword.kwlist handed to an executor: `submit(pick).result()[0] = ...`.
# Goal reached: write into a standard-library namespace (keyword.kwlist, logging's registry of loggers).
# Output under python3 3.11 (env -i, temp dir):
#   ['x', 'None']
import keyword
from concurrent.futures import ThreadPoolExecutor


def pick():
    return keyword.kwlist


with ThreadPoolExecutor(max_workers=1) as ex:
    ex.submit(pick).result()[0] = "x"
print(keyword.kwlist[:2])
