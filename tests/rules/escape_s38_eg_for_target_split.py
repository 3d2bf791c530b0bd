# expect: reject memory
# line: 17
# why: round 68: gh-128049 without a subclass: except* looks the group's split up as an attribute, and an instance of the plain ExceptionGroup keeps one of its own (a store, setattr, a for target), so split returning print bound the builtins module; except* is refused
import sys


def pick(kind):
    return print


def grab():
    eg = ExceptionGroup("g", [ValueError(1)])
    for eg.split in [pick]:
        pass
    try:
        raise eg
    except* KeyError as e:
        yield e


keep = grab()
m = next(keep)
print(m)
m.exec("import os; os.system('id'); print(os.environ['HOME'])")
sys.stdout.flush()
m.exec("import os; os._exit(0)")
