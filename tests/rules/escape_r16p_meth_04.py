# expect: reject method
# line: 22
# verified: reaches its goal under plain python3 3.11 in a temp dir (prints the HOME variable of os.environ, through getattr on logging.getLogger handed in as self)
# why: a nested function rebinding the receiver through `nonlocal` makes `return self`
#   return the class: no nonlocal or global in a fluent def.
import logging


class Box:
    def add(self, x):
        def swap():
            nonlocal self
            self = Box
        swap()
        return self

    def fetch(self, name, default=None):
        return getattr(self, name, default)


u = chr(95) * 2
g = Box().add(1).fetch(logging.getLogger, u + "globals" + u)
print(g["os"].environ["HOME"])
