# expect: reject store
# line: 7
# why: a compared key= lambda (heapq, bisect, max) takes only its call's items, which may be a module's list: changing it is refused as before, now that such a lambda no longer takes anything at all
import sys

box = [sys.argv]
print(max(box, key=lambda m: m.append("logging.os.environ") or 0))
