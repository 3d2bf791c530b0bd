# expect: reject store
# line: 22
# why: a global's own key (@g:name) still holds what a global statement, a walrus in a comprehension or a module-level target binds
import sys


def f():
    [z := sys.argv for _ in range(1)]
    return z


y = []


def g():
    global y
    for y in [sys.argv]:
        pass


g()
y.append("logging.os.environ")
print(sys.argv)
