# expect: reject store
# line: 10
# why: round 28b family (annotations are evaluated): a return annotation calling bisect.insort(K(), sys.argv) hands K() to the library when the def runs
import bisect
import sys


class K:
    def insert(self, i, x):
        x.append("logging.os.environ")

    def __len__(self):
        return 0


def plant(a) -> bisect.insort(K(), sys.argv):
    return a


print(sys.argv)
