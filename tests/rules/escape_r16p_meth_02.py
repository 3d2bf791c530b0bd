# expect: reject method
# line: 20
# verified: reaches its goal under plain python3 3.11 in a temp dir (prints the HOME variable of os.environ, through getattr on logging.getLogger handed in as self)
# why: a method that returns its receiver on one path and the class on another is no
#   fluent def: every return must be `return self`.
import logging


class Box:
    def add(self, x):
        if x:
            return Box
        return self

    def fetch(self, name, default=None):
        return getattr(self, name, default)


u = chr(95) * 2
g = Box().add(1).fetch(logging.getLogger, u + "globals" + u)
print(g["os"].environ["HOME"])
