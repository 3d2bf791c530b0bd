# expect: reject attribute
# line: 12
# why: a class deriving from threading.Thread is not closed: r._target is the thread's own private state (the callable it runs)
import threading


class Job(threading.Thread):
    pass


r = Job(target=print)
print(r._target)
