# expect: reject memory
# line: 15
# why: the cost kept (honest36 p38's): a classmethod holds its class as a value (cls), and a class's property read off a class is the property object itself, so a getter read off a loop variable may be exposed and the ordered dataclass's comparison judges it (it builds a date: not pure)
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, order=True)
class Employee:
    name: str
    hired: date

    @property
    def tenure_years(self):
        ref = date(2024, 6, 30)
        return ref.year - self.hired.year

    @classmethod
    def hired_in(cls, name, year):
        return cls(name, date(year, 1, 1))


staff = [Employee.hired_in("Priya", 2017), Employee.hired_in("Yuki", 2014)]
for e in sorted(staff):
    print(e.name, e.tenure_years)
