# Frozen, ordered dataclasses as dictionary keys and in sorted collections.
from dataclasses import FrozenInstanceError, asdict, dataclass, field
import heapq


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    @classmethod
    def parse(cls, text):
        return cls(*map(int, text.split(".")))

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


versions = [Version.parse(v) for v in ["1.10.0", "1.2.3", "2.0.0", "1.2.10", "0.9.9", "1.2.3"]]
print([str(v) for v in sorted(versions)])
print("newest:", max(versions), "unique:", len(set(versions)))
print(Version(1, 2) < Version(1, 2, 1), Version.parse("3.1.4") == Version(3, 1, 4))
released = {Version(1, 0): "first", Version(2, 0): "rewrite"}
print(released[Version.parse("2.0.0")])
try:
    versions[0].major = 5
except FrozenInstanceError as e:
    print("frozen:", e)
print(asdict(Version(4, 5, 6)))

queue = []
for job in [Job(3, "email"), Job(1, "backup"), Job(2, "report"), Job(1, "deploy")]:
    heapq.heappush(queue, job)
while queue:
    job = heapq.heappop(queue)
    print(job.priority, job.name)
