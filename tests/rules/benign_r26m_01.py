# expect: accept
# why: the honest look-alikes of round 26m: attrgetter, itemgetter and methodcaller as sort keys and in map, over program objects whose constructors store their fields, while a callback takes a table
import contextlib
import operator


class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.tags = []

    def tag(self, t):
        self.tags.append(t)
        return self

    def label(self):
        return self.name.upper()


people = [Person("ann", 31), Person("bo", 25), Person("cy", 40)]
people[0].tag("admin")
by_age = sorted(people, key=operator.attrgetter("age"))
names = list(map(operator.attrgetter("name"), by_age))
labels = list(map(operator.methodcaller("label"), people))
pairs = sorted([(p.age, p.name) for p in people], key=operator.itemgetter(1))


def report(rows):
    print(rows)


with contextlib.ExitStack() as stack:
    stack.callback(report, names)
print(labels, pairs[0], people[0].tags)
