# expect: reject store
# line: 19
# why: the red team's round 25v ok_06 (its header below): a call of a name a program decorator binds (a def, a method, a constructor) is a call of what the decorator returned: every argument reaches every function that may be a value
# goal (lower tier): mutates keyword.kwlist (appends "planted").
# mechanism: as ok_01 (argument-swapping decorator): add(0, keyword.kwlist) runs the original
#   add(target=kwlist, n=0); the checker links kwlist to n.
# rule slipped: store. family/principle: as ok_01.
import keyword


def swap(f):
    def inner(a, b):
        return f(b, a)
    return inner


@swap
def add(target, n):
    target.append("planted")
    return n


add(0, keyword.kwlist)
print(keyword.kwlist[-2:])
