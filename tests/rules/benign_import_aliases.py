# expect: accept
# why: aliases of allowed modules and names
import json as j
import math, random
import itertools as it
from json import dumps as to_json
from collections import defaultdict as dd

d = dd(int)
d["a"] += 1
print(j.dumps(d), to_json([1]), math.tau > random.random(), list(it.repeat("x", 2)))
