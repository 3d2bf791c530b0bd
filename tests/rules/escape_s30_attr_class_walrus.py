# expect: reject store
# line: 9
# why: a walrus in a class body nested in a function binds the class attribute, not the function's variable of that name: the attribute's key keeps every binding but a function's own variables
import sys
def f():
    box = []
    class C:
        y = (box := sys.argv)
    C.box.append("pwn")
    return box
f()
print(sys.argv)
