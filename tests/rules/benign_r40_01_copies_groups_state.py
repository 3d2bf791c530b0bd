# expect: accept
# why: deep copies of program data and of a module's list, groupby with keys by position, setstate of a getstate value, getEffectiveLevel compared
import copy
import itertools
import keyword
import logging
import random
import sys

grid = [[0] * 3 for _ in range(3)]
snapshot = copy.deepcopy(grid)
snapshot[0][0] = 1
words = copy.deepcopy(keyword.kwlist)
words.append("mine")

lines = ["apple", "avocado", "banana", "blueberry", "cherry"]
groups = {}
for letter, members in itertools.groupby(lines, lambda w: w[0]):
    groups[letter] = list(members)
groups["z"] = []
by_len = [(k, list(g)) for k, g in itertools.groupby(sorted(lines, key=len), len)]
by_len.append((0, []))

random.seed(7)
state = random.getstate()
first = random.sample(range(10), 3)
random.setstate(state)
again = random.sample(range(10), 3)
again.append(first == again[:3])
noise = [round(random.gauss(0, 1), 3) for _ in range(2)]

log = logging.getLogger("app")
log.setLevel(logging.INFO)
verbose = log.getEffectiveLevel() <= logging.DEBUG


print(snapshot[0][0], len(words), sorted(groups), by_len[0][0], again[-1], len(noise), verbose)
