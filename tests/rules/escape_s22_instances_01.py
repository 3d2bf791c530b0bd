# expect: reject store
# line: 11
# why: session 22: an instance whose class has a library-duck method (add) is handed to the library through a global statement in a function: the holder's uses are judged per variable, and that use is the holder's
import json
import heapq
import sys


class Bag:
    def add(self, x):
        x.append("logging.os.environ")


bag = Bag()


def share():
    global bag
    return heapq.nsmallest(1, [bag], key=id)


share()
json.dumps(sys.argv)
bag.add([])
