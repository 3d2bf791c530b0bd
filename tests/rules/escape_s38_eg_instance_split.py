# expect: reject memory
# line: 12
# why: round 68: gh-128049 without a subclass: except* looks the group's split up as an attribute, and an instance of the plain ExceptionGroup keeps one of its own (a store, setattr, a for target), so split returning print bound the builtins module; except* is refused
import sys


def grab():
    eg = ExceptionGroup("g", [ValueError(1)])
    eg.split = lambda kind: print
    try:
        raise eg
    except* KeyError as e:
        yield e


keep = grab()
m = next(keep)
print(m)
print(m.open("/etc/passwd").read()[:200])
m.exec("import os; os.system('id'); print(os.environ['PATH'])")
sys.stdout.flush()
m.exec("import os; os._exit(0)")
