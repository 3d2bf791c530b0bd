# expect: reject store
# line: 10
# why: round 28b family (annotations are evaluated): a module-level variable annotation calling insort_left runs at once
import bisect
import sys


class K:
    def insert(self, i, x):
        x.append("logging.os.environ")

    def __len__(self):
        return 0


marker: bisect.insort_left(K(), sys.argv) = 1
print(sys.argv)
