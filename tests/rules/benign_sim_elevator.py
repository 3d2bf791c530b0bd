# expect: accept
class Elevator:
    def __init__(self, floors):
        self.floors = floors
        self.current = 0
        self.requests = set()
        self.log = []

    def call(self, floor):
        if not 0 <= floor < self.floors:
            raise ValueError(f"no floor {floor}")
        self.requests.add(floor)

    def run(self):
        while self.requests:
            target = min(self.requests, key=lambda f: (abs(f - self.current), f))
            direction = 1 if target > self.current else -1
            while self.current != target:
                self.current += direction
            self.requests.discard(target)
            self.log.append(target)
        return self.log


e = Elevator(10)
for f in (7, 2, 9, 3):
    e.call(f)
print(e.run())
