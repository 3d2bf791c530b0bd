# expect: accept
# why: copy.copy of a list bound once by a display (the shallow copy shares its
#   dicts), copy.deepcopy, sorting keys; copy.copy of other objects stays refused
#   (rules/README.md, section 1)
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
