# expect: reject store
# line: 11
# why: a match capture in a class body nested in a function binds the class attribute: what an attribute holds leaves out only a function's own variables
import sys
def f():
    box = []
    class C:
        match sys.argv:
            case box:
                pass
    C.box.append("pwn")
    return box
f()
print(sys.argv)
