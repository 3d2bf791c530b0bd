# expect: accept
# why: property getters no comparison reads are not judged (honest17 p45, the Employee tutorial): email formats with "{0.first}".format(self) and initials prints, while __eq__, __hash__ and __lt__ read first, last and pay only; __repr__ formats with vars(self), judged only when a judged function converts to text
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
