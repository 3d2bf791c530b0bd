# expect: reject store
# line: 7
# why: a global's own key (@g:name) still holds what a global statement, a walrus in a comprehension or a module-level target binds
import sys

[y := sys.argv for _ in range(1)]
y.append("logging.os.environ")
print(sys.argv)
