# expect: reject store
# why: a match capture in a class body nested in a function makes the name the class's:
#   a read before the capture gets the module's global (the library list), not the function's
# line: 14
import keyword

x = keyword.kwlist


def f():
    x = []

    class C:
        x.append("pwn")
        match 0:
            case x:
                pass

    return x


f()
print(keyword.kwlist[-1])
