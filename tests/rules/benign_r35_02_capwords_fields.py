# expect: accept
# why: look-alike of round 35a: string.capwords over a namedtuple's text fields; the lists built are mutated
import collections
import string

Person = collections.namedtuple("Person", "name city")
people = [Person("ada lovelace", "london"), Person("alan turing", "wilmslow")]
titled = [string.capwords(p.name) for p in people]
titled.append(string.capwords(people[0].city))
cities = sorted({p.city for p in people}, key=len)
cities.append("bletchley")
print(titled, cities)
