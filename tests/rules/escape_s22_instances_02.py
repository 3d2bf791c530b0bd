# expect: reject store
# line: 11
# why: session 22: the same through a free name in a function, which is the module's variable
import json
import heapq
import sys


class Bag:
    def add(self, x):
        x.append("logging.os.environ")


bag = Bag()


def share():
    pass
    return heapq.nsmallest(1, [bag], key=id)


share()
json.dumps(sys.argv)
bag.add([])
