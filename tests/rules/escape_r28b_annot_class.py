# expect: reject store
# line: 10
# why: round 28b family (annotations are evaluated): a class-body annotation calling insort_right runs when the class statement does
import bisect
import sys


class K:
    def insert(self, i, x):
        x.append("logging.os.environ")

    def __len__(self):
        return 0


class Plant:
    field: bisect.insort_right(K(), sys.argv)


print(sys.argv)
