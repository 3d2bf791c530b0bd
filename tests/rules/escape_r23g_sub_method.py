# expect: reject store
# why: only a compiled pattern's sub consumes what its repl returns: a program
#   class's own sub may hand the lambda's result (a module's list) back, so the
#   lambda's result still joins what calls return
# line: 15
import keyword


class P:
    def sub(self, f, s):
        return f(s)


got = P().sub(lambda m: keyword.kwlist, "x")
got.append("zz")
