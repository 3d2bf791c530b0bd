# expect: reject memory
# line: 23
# why: cost of round 72's generator rule: in a program whose comparisons run its code, a with statement holds no yield (the collector may close the suspended generator inside a comparison, and closing it runs the manager's exit there); yield outside the with block
import contextlib


class Job:
    def __init__(self, rank):
        self.rank = rank

    def __lt__(self, other):
        return self.rank < other.rank


@contextlib.contextmanager
def step(name):
    print("begin", name)
    yield name
    print("end", name)


def run(jobs):
    with step("run"):
        for j in sorted(jobs):
            yield j.rank


print(list(run([Job(2), Job(1)])))
