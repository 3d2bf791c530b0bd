# expect: accept
# why: the honest look-alike of round 26n: operator.methodcaller with literal arguments over text and program objects, beside callbacks that store into their own containers
import operator

lines = ["a,b,c", "d,e"]
fields = list(map(operator.methodcaller("split", ","), lines))
padded = list(map(operator.methodcaller("ljust", 6, "."), ["x", "yy"]))


class Book:
    def __init__(self, title):
        self.title = title
        self.notes = []

    def describe(self, mark):
        self.notes.append(mark)
        return self.title + mark


books = [Book("Dune"), Book("Emma")]
counts = list(map(operator.methodcaller("describe", "!"), books))
seen = []
record = lambda x: seen.append(x)
list(map(record, ["one", "two"]))
print(fields, padded, counts, [b.notes for b in books], seen)
