# expect: reject store
# why: captures in every pattern position (a keyword sub-pattern, a double star, an `as`
#   name) bind in the class body: its read before them is the module's global list
# line: 14
import keyword

x = keyword.kwlist


def f():
    x = []

    class C:
        x.append("pwn")
        match {"k": 0}:
            case {"k": int(real=x)}:
                pass
            case {**x}:
                pass
            case (0 as x):
                pass

    return x


f()
