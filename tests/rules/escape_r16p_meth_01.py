# expect: reject method
# line: 24
# verified: reaches its goal under plain python3 3.11 in a temp dir (prints the HOME variable of os.environ, through getattr on logging.getLogger handed in as self)
# why: round 16 lets a privileged method be called with optional arguments by position
#   on `K(...).f(...)` when K's own body defines f by a fluent def (it returns its
#   receiver); an instance attribute of the same name, set in __init__, shadows the def
#   and returns the class, so `fetch` would be reached through it, its self any object: no
#   store of an attribute of that name may exist anywhere.
import logging


class Box:
    def __init__(self):
        self.add = lambda x: Box

    def add(self, x):
        return self

    def fetch(self, name, default=None):
        return getattr(self, name, default)


u = chr(95) * 2
g = Box().add(1).fetch(logging.getLogger, u + "globals" + u)
print(g["os"].environ["HOME"])
