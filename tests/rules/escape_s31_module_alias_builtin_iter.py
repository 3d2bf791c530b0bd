# expect: reject store
# line: 14
# why: a builtin's name other than input bound to a module method at module level is not taken as that method where it is called (a read before the binding runs finds the builtin, here iter, which hands back its argument's items): only input, whose builtin answers new text too, is
import sys

iter = sys.stdin.readline


def first(xs):
    return next(iter(xs))


box = first([sys.argv])
box.append("--pwned")
print(sys.argv)
