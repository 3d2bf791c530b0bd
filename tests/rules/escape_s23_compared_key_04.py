# expect: reject store
# line: 8
# why: a compared key= lambda (heapq, bisect, max) takes only its call's items, which may be a module's list: changing it is refused as before, now that such a lambda no longer takes anything at all
import heapq
import sys

for row in heapq.merge([sys.argv], key=lambda m: 0):
    row.append("logging.os.environ")
print(sys.argv)
