# expect: accept
# why: round 16a family D look-alike: the instance table read, copied, printed and its program-made items changed, where no attribute of the program holds a value reached through a module (b3: one does, but only the copy's own keys are written)
import logging
import sys


class Job:
    def __init__(self, name):
        self.name = name
        self.log = logging.getLogger("job")
        self.argv = list(sys.argv)
        self.done = []

    def summary(self):
        return {k: v for k, v in vars(self).items() if k != "log"}


j = Job("a")
j.done.append(1)
s = j.summary()
s["extra"] = 2
print(sorted(s))
print(dict(vars(j)).keys())
