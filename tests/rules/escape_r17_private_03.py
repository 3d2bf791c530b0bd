# expect: reject attribute
# line: 14
# why: a __new__ in the chain may make C(...) return any object (here a Thread): a private read needs C(...) to make an instance of C itself
import threading


class Job:
    def __new__(cls, target):
        return threading.Thread(target=target)


r = Job(print)
r.start()
print(r._target)
