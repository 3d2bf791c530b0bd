# expect: reject store
# line: 8
# why: a compared key= lambda (heapq, bisect, max) takes only its call's items, which may be a module's list: changing it is refused as before, now that such a lambda no longer takes anything at all
import bisect
import sys

rows = [[0], sys.argv]
bisect.insort(rows, [1], key=lambda m: (m.extend(["logging.os.environ"]), len(m))[1])
print(sys.argv)
