# expect: accept
# why: a threading.local subclass whose __init__ only sets the new thread's attributes (threading.local runs it again in each thread that reads the object first), beside comparisons of the program's
import threading
from dataclasses import dataclass


class Context(threading.local):
    def __init__(self):
        self.depth = 0
        self.name = "main"


CTX = Context()


@dataclass(order=True)
class Job:
    priority: int
    name: str


results = []


class Tag:
    def __init__(self, text):
        self.text = text

    def __eq__(self, other):
        return isinstance(other, Tag) and self.text == other.text and CTX.depth >= 0

    def __hash__(self):
        return hash(self.text)


def work(jobs):
    CTX.depth += 1
    results.append((CTX.depth, sorted(jobs)[0].name))


jobs = [Job(2, "b"), Job(1, "a")]
threads = [threading.Thread(target=work, args=(jobs,)) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), CTX.depth, Tag("x") in [Tag("y"), Tag("x")])
