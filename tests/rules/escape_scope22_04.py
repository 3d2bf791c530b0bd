# expect: reject store
# line: 20
# verified: reaches its goal under plain python3 (3.11) (the last line prints the library object after)
# why: a class body's name is no variable of its methods: the method's `a` is the enclosing def's, the library's list, not the class body's fresh list

import keyword


def lib():
    return keyword.kwlist


def f():
    a = lib()

    class K:
        a = []

        def m(self):
            a.append("ZZZ")

    K().m()


f()
print(keyword.kwlist[-1])
