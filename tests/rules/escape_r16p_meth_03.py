# expect: reject method
# line: 19
# verified: reaches its goal under plain python3 3.11 in a temp dir (prints the HOME variable of os.environ, through getattr on logging.getLogger handed in as self)
# why: the receiver parameter rebound inside the method (self = Box) makes `return self`
#   return the class: the parameter must be read only.
import logging


class Box:
    def add(self, x):
        self = Box
        return self

    def fetch(self, name, default=None):
        return getattr(self, name, default)


u = chr(95) * 2
g = Box().add(1).fetch(logging.getLogger, u + "globals" + u)
print(g["os"].environ["HOME"])
