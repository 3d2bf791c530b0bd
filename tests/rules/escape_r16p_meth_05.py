# expect: reject method
# line: 20
# verified: reaches its goal under plain python3 3.11 in a temp dir (prints the HOME variable of os.environ, through getattr on logging.getLogger handed in as self)
# why: a class-body rebinding after the def (add = staticmethod(...)) replaces it: the
#   def must be the only binding of the name in the program.
import logging


class Box:
    def add(self, x):
        return self

    add = staticmethod(lambda x: Box)

    def fetch(self, name, default=None):
        return getattr(self, name, default)


u = chr(95) * 2
g = Box().add(1).fetch(logging.getLogger, u + "globals" + u)
print(g["os"].environ["HOME"])
