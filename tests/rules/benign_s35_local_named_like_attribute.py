# expect: accept
# why: accepted again since session 35 (every sort of the program is the library's, plain_sort: its key= lambda takes the items alone); refused in sessions 32 to 34, the cost of following every alias both ways; before: a method's local named like an attribute (jobs = self.jobs[queue]) binds no attribute: the attribute's key leaves the function's own variables out
# A job board: a method's local named like the attribute it reads from
# (jobs = self.jobs[queue]) is the function's own variable, no attribute.
from collections import defaultdict


class Board:
    def __init__(self):
        self.jobs = defaultdict(list)

    def job(self, queue, weight=1):
        def add(fn):
            self.jobs[queue].append((weight, fn))
            self.jobs[queue].sort(key=lambda pair: -pair[0])
            return fn
        return add

    def run(self, queue):
        jobs = self.jobs[queue]
        done = []
        for _, fn in jobs:
            done.append(fn())
        return done


board = Board()


@board.job("daily", weight=2)
def backup():
    return "backup"


@board.job("daily")
def report():
    return "report"


print(board.run("daily"))
