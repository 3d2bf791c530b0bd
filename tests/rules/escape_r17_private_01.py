# expect: reject attribute
# line: 14
# why: r is bound twice, the second time to a threading.Thread, whose _target is the callable it runs: a private read needs the one binding r = C(...) of a closed class
import threading


class Job:
    def __init__(self, target):
        self._target = target


r = Job(print)
r = threading.Thread(target=print)
print(r._target)
