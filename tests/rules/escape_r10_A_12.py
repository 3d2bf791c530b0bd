# expect: reject store
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a standard-library list extended: the new item printed)
# why: tenth red team (10b), family A, our own: heapq.heapreplace returns the smallest item it took out

import heapq
import keyword

heap = [keyword.kwlist]
heapq.heapreplace(heap, ["z"]).append("pwned_by_heapreplace")
print(keyword.kwlist[-1])
