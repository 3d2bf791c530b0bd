# expect: reject memory
# line: 33
# verified: under the image's python3.11 (3.11.2) the second pair's first item is a list the
#   source never yielded (['not from the source']): the pairwise object handed out a freed item
#   whose memory a new list took; under 3.11.7 (fixed) it prints ([2], [4])
# Mechanism: gh-109786 (fixed in 3.11.7): pairwise_next keeps its last item as a borrowed
#   pointer while it calls the source's __next__; the source calls next() on the same pairwise
#   object, the inner call replaces that item and its result (the only other holder) is
#   dropped, so the outer call packs a freed object into the pair it returns.
# This member: the brief's minimal re-entrant source, the pairwise object bound to a name.
# Checker before the rule: exit 0 (accepted)
import itertools


class Source:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 3:
            next(pairs, None)                      # replaces the held item, and drops it
            taken.append(["not from the source"])  # a list that takes the freed memory
        if self.n > 6:
            raise StopIteration
        return [self.n]


taken = []
pairs = itertools.pairwise(Source())
shown = []
for pair in pairs:
    shown.append(repr(pair))
    del pair                       # the previous pair does not keep its items alive
print("\n".join(shown))
