# expect: accept
# why: a private attribute of the program's own instance read from outside its class (honest17 p43's print(r._target)): r is bound once, by r = Recorder(...), a closed class with no __new__ in its chain, so r is the object self is in Recorder's methods
class Recorder:
    def __init__(self, target):
        self._target = target
        self._log = []

    def record(self, what):
        self._log.append(what)
        return self


r = Recorder([3, 1, 2])
r.record("sort")
print(r._target, r._log)
