# expect: accept
# why: the honest look-alikes of round 26l: attributes set to text and numbers on a program object and on a library one, and a class counter, while a callback takes the object
import contextlib
import unittest


class Config:
    verbose = False


cfg = Config()
cfg.name = "demo"
cfg.retries = 3
Config.verbose = True
loader = unittest.TestLoader()
loader.testMethodPrefix = "check"


def show(c):
    print(c.name, c.retries, c.verbose)


with contextlib.ExitStack() as stack:
    stack.callback(show, cfg)
print(loader.testMethodPrefix)
