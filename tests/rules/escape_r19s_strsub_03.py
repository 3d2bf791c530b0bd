# expect: reject builtin
# why: two removes down: an AttributeError subclass of a subclass of K makes self in
#   K's methods an AttributeError, whose obj is the object whose lookup failed
# line: 7
class K:
    def fetch(self, k):
        return getattr(self, k)


class M(K):
    pass


class E(AttributeError, M):
    pass


print(E("x").fetch("args"))
