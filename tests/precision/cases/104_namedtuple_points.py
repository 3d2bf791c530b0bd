# Points and shapes with collections.namedtuple and typing.NamedTuple.
import math
from collections import namedtuple
from typing import NamedTuple

Point = namedtuple("Point", ["x", "y"])


class City(NamedTuple):
    name: str
    lat: float
    lon: float
    population: int = 0

    def distance_to(self, other: "City") -> float:
        r = 6371.0
        p1, p2 = math.radians(self.lat), math.radians(other.lat)
        dp = p2 - p1
        dl = math.radians(other.lon - self.lon)
        a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
        return 2 * r * math.asin(math.sqrt(a))


p = Point(3, 4)
print(p, p.x, p[1], p._asdict())
q = p._replace(x=10)
print(q, Point._fields, Point._make([7, 8]))
polygon = [Point(0, 0), Point(4, 0), Point(4, 3), Point(0, 3)]
area = abs(sum(a.x * b.y - b.x * a.y for a, b in zip(polygon, polygon[1:] + polygon[:1]))) / 2
print("area:", area)

cities = [
    City("Paris", 48.8566, 2.3522, 2_100_000),
    City("London", 51.5074, -0.1278, 8_900_000),
    City("Berlin", 52.52, 13.405, 3_600_000),
    City("Madrid", 40.4168, -3.7038),
]
for a in cities:
    nearest = min((c for c in cities if c is not a), key=a.distance_to)
    print(f"{a.name:<7} nearest {nearest.name:<7} {a.distance_to(nearest):7.1f} km")
print(sorted(cities, key=lambda c: -c.population)[0].name, City._field_defaults)
name, *_ = cities[0]
print(name, len(cities[0]))
