# expect: reject memory
# line: 34
# why: the cost of round 106's judgement of callables handed out as values: in a program whose comparisons run its code and that binds attributes by names the checker does not read (vars here), a def read as a value or named by a string is judged, and this __repr__ formats with a call the checker cannot follow
from functools import cached_property


class Employee:
    raise_pct = 1.04
    count = 0

    def __init__(self, first, last, pay):
        self.first, self.last, self.pay = first, last, pay
        Employee.count += 1

    @property
    def email(self):
        return "{0.first}.{0.last}@corp.example".format(self).lower()

    @cached_property
    def initials(self):
        print(f"(computing initials for {self.first})")
        return f"{self.first[0]}{self.last[0]}"

    def __eq__(self, other):
        return (self.first, self.last) == (other.first, other.last)

    def __hash__(self):
        return hash((self.first, self.last))

    def __lt__(self, other):
        return self.pay < other.pay

    def __repr__(self):
        return "Employee('{first}', '{last}', {pay})".format(**vars(self))


emps = [Employee("Corey", "Schafer", 50000), Employee("John", "Doe", 70000)]
print(emps, [e.email for e in emps], emps[0].initials)
print(sorted(emps)[0].first, max(emps).last, Employee.count)
