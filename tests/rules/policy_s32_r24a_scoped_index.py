# expect: reject store
# line: 18
# why: refused since session 32, the cost of following every alias both ways (a store through one name of an object reaches what any other name of it was linked to, and the links through library calls, escaping functions and the hooks join many objects); before: `out[i + j] += a * b` on a list the method built ([0] * n with n a sum of len()s:
#   builtin operands, no program operator method runs); i and j are this method's own
#   enumerate counters, though another method binds an `i` over reversed(...): an index is
#   judged by the bindings of its own scope's variable
import itertools


class Poly:
    def __init__(self, *coeffs):
        self.coeffs = coeffs

    def __mul__(self, other):
        out = [0] * (len(self.coeffs) + len(other.coeffs) - 1)
        for i, a in enumerate(self.coeffs):
            for j, b in enumerate(other.coeffs):
                out[i + j] += a * b
        return Poly(*out)

    def __repr__(self):
        terms = []
        for i, c in reversed(list(enumerate(self.coeffs))):
            terms.append(f"{c}x^{i}")
        return " + ".join(terms)


print(Poly(1, 2) * Poly(3, 4), list(itertools.chain([1], [2])))
