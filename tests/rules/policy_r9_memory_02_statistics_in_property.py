# expect: reject memory
# why: cost of the comparison purity rule: the property `average` runs inside __lt__ and calls statistics.mean, Python code that calls the items' as_integer_ratio and their type's constructor (code not judged; the iteration allowance does not cover it); the honest form stores the average when the grades are set (self.avg = sum(grades) / len(grades) in __init__) and compares self.avg, or writes sum(self.grades) / len(self.grades)
from statistics import mean


class Student:
    def __init__(self, name, *grades):
        self.name = name
        self.grades = list(grades)

    @property
    def average(self):
        return mean(self.grades) if self.grades else 0

    def __lt__(self, other):
        return self.average < other.average

    def __repr__(self):
        return f"Student({self.name!r}, avg={self.average:.1f})"


roster = [Student("ann", 90, 80), Student("bob", 70), Student("cy", 95, 99, 91), Student("dee")]
print(sorted(roster, reverse=True))
print(max(roster).name, [s.name for s in roster if s.average >= 80])
