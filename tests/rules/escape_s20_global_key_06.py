# expect: reject store
# line: 16
# why: a global's own key (@g:name) still holds what a global statement, a walrus in a comprehension or a module-level target binds
import sys


def g():
    global v
    v, = [sys.argv]
    (w := sys.argv)
    return w


v = []
g()
v.append("logging.os.environ")
print(sys.argv)
