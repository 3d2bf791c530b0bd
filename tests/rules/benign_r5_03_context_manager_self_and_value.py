# expect: accept
# why: context managers that return self, a plain tuple of the program's objects,
#   or a fresh list; the with ... as targets (also unpacking ones) are updated
class Timer:
    def __init__(self):
        self.label = ""
        self.ticks = 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class Counter:
    def __init__(self):
        self.n = 0


class Pair:
    def __init__(self):
        self.left, self.right = Counter(), Counter()

    def __enter__(self):
        return (self.left, self.right)

    def __exit__(self, *exc):
        return False


class Buffer:
    def __enter__(self):
        return []

    def __exit__(self, *exc):
        return False


with Timer() as t:
    t.label = "run"
    t.ticks += 1
p = Pair()
with p as (left, right):
    left.n += 1
    right.n = left.n + 1
with Buffer() as buf:
    buf.append(t.ticks)
print(t.label, t.ticks, p.left.n, p.right.n, buf)
