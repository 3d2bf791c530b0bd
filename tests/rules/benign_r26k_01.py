# expect: accept
# why: the honest look-alike of round 26k: counters reset by a chained assignment of numbers, and a table bound alone that a callback reads
import contextlib

hits = misses = 0
for word in "a b a c b a".split():
    if word == "a":
        hits += 1
    else:
        misses += 1
table = {"hits": hits, "misses": misses}


def show(t):
    print(sorted(t.items()))


with contextlib.ExitStack() as stack:
    stack.callback(show, table)
print(hits, misses)
