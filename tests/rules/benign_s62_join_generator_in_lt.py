# expect: accept
# why: honest69 p22 (a matrix's __str__ joining generator expressions, run inside comparisons): str.join over a generator expression is judged as the generator's body and its iterables, as all() over one is
class V:
    def __init__(self, xs):
        self.xs = list(xs)
    def __eq__(self, other):
        return all(a == b for a, b in zip(self.xs, other.xs))
    def __lt__(self, other):
        return ",".join(str(x) for x in self.xs) < ",".join(str(x) for x in other.xs)
    def __hash__(self):
        return hash(tuple(self.xs))
print(sorted([V([2]), V([1])])[0].xs, V([1]) == V([1]))
