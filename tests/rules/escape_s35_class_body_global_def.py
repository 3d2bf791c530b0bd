# expect: reject store
# line: 8
# why: a def in a class body that the body declares global binds the module's name: a function, no method, so a plain name outside the class reads it (method_def, declared_global)
import sys
class C:
    global grab
    def grab(x):
        x.append("pwn")
list(map(grab, [sys.argv]))
print(sys.argv)
