# expect: reject store
# line: 9
# why: a class statement inside a function binds its attributes in the class body, which the attribute's key keeps beside the function's variable of the same name
import sys
def f():
    box = []
    class C:
        box = sys.argv
    C.box.append("pwn")
    return box
f()
print(sys.argv)
