# expect: reject module_attribute
# why: copy.copy is refused on purpose: it runs an object's reduce protocol, and a bound method's reduce is
# getattr(self, function name), with the name chosen at run time (namedtuple, Enum, NewType type names); copy.deepcopy stays
import copy
from operator import itemgetter

people = [
    {"name": "ann", "age": 31, "city": "Oslo"},
    {"name": "bob", "age": 25, "city": "Rome"},
    {"name": "cy", "age": 31, "city": "Lima"},
]
by_age_then_name = sorted(people, key=itemgetter("age", "name"))
print([p["name"] for p in by_age_then_name])
print([p["name"] for p in sorted(people, key=lambda p: (-p["age"], p["city"]))])
shallow = copy.copy(people)
deep = copy.deepcopy(people)
people[0]["age"] = 99
print(shallow[0]["age"], deep[0]["age"], sorted("bAcD", key=str.lower), max(people, key=itemgetter("age"))["name"])
