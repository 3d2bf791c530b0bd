# expect: accept
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Range2D:
    def __init__(self, rows, cols):
        self.rows, self.cols = rows, cols

    def __iter__(self):
        for r in range(self.rows):
            for c in range(self.cols):
                yield r, c

    def __len__(self):
        return self.rows * self.cols

    def __contains__(self, rc):
        r, c = rc
        return 0 <= r < self.rows and 0 <= c < self.cols


print(list(Countdown(5)), list(Range2D(2, 2)), len(Range2D(3, 4)), (2, 3) in Range2D(3, 4))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
