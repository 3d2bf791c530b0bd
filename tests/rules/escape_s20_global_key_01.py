# expect: reject store
# line: 14
# why: a global's own key (@g:name) still holds what a global statement, a walrus in a comprehension or a module-level target binds
import sys


def f():
    global L
    L = sys.argv


L = []
f()
L.append("logging.os.environ")
print(sys.argv)
