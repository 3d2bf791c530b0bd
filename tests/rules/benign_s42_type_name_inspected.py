# expect: accept
# why: honest38 p30: `type(exc).__name__` asks the builtin type for a class only to read its name, so it holds no class as a value; a frozen dataclass's getter read off a loop variable is then read off an instance, and the getter (which builds a date) is not judged
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


staff = [Employee("Priya", date(2017, 4, 3)), Employee("Yuki", date(2014, 1, 20))]
for e in sorted(staff):
    print(e.name, e.tenure_years)
try:
    staff[0].name = "x"
except Exception as exc:
    print(f"Frozen: {type(exc).__name__}", type(exc) is AttributeError)
