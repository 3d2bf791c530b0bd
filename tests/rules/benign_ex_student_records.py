# expect: accept
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
