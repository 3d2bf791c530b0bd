# expect: accept
# why: types.SimpleNamespace as agent code and tutorials use it (honest15 p54): records built with keywords, nested, sorted with attrgetter, attributes read, changed and augmented (cfg.level += 1, a name library classes also hold), compared and printed
from operator import attrgetter
from types import SimpleNamespace
import types

people = [
    SimpleNamespace(name="Ann", dept="eng", salary=120, address=SimpleNamespace(city="Oslo")),
    SimpleNamespace(name="Bo", dept="ops", salary=90, address=SimpleNamespace(city="Rome")),
    types.SimpleNamespace(name="Cy", dept="eng", salary=95, address=SimpleNamespace(city="Lima")),
]
for p in sorted(people, key=attrgetter("dept", "name")):
    print(f"{p.name:<4}{p.dept:<4}{p.salary:>5}  {p.address.city}")
richest = max(people, key=attrgetter("salary"))
richest.salary += 10
richest.bonus = 5
print(richest.name, richest.salary, richest.bonus, hasattr(richest, "bonus"))
cfg = SimpleNamespace(debug=True, level=2)
cfg.level += 1
cfg.name = "main"
print(cfg, cfg == SimpleNamespace(debug=True, level=3, name="main"))
print(repr(SimpleNamespace()), getattr(cfg, "missing", "default"))
