# Student records with a dataclass, sorted with attrgetter and itemgetter.
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter


@dataclass(order=True)
class Student:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    year: int
    gpa: float

    def __post_init__(self):
        self.sort_key = (-self.gpa, self.name)


students = [
    Student("Maya", 2, 3.7),
    Student("Liam", 1, 3.2),
    Student("Zoe", 3, 3.9),
    Student("Noah", 2, 3.7),
    Student("Ava", 1, 2.8),
]

print("by ranking:")
for s in sorted(students):
    print(f"  {s.name:<5} {s.gpa}")

print("by name:", [s.name for s in sorted(students, key=attrgetter("name"))])
print("by year then name:", [(s.year, s.name) for s in sorted(students, key=attrgetter("year", "name"))])

rows = [(s.name, s.year, s.gpa) for s in students]
rows.sort(key=itemgetter(2, 0), reverse=True)
print(rows)
top = max(students, key=attrgetter("gpa"))
print("top:", top)
by_year = {}
for s in students:
    by_year.setdefault(s.year, []).append(s.name)
print(dict(sorted(by_year.items())))
