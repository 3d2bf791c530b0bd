# expect: accept
# why: a private prefix the interpreter fixes ("_" + letter, as an f-string or a '+' chain of exact text in a program with no __radd__) is never a dunder: the cache idiom stays accepted
class Lazy:
    def __init__(self):
        self.hits = 0

    def cached(self, key, make):
        if not hasattr(self, f"_c_{key}"):
            setattr(self, f"_c_{key}", make())
        self.hits += 1
        return getattr(self, f"_c_{key}")

    def cached2(self, key, make):
        if not hasattr(self, "_d_" + key):
            setattr(self, "_d_" + key, make())
        return getattr(self, "_d_" + key)


z = Lazy()
print(z.cached("a", lambda: 3), z.cached("a", lambda: 4), z.cached2("b", lambda: 5), z.hits)
