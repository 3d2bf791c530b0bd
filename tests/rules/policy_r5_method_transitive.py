# expect: reject method
# why: the cost of transitive privilege: add() calls the privileged _bump (private state)
# through self with other arguments than a bound call of _bump has, so add is privileged
# too (self.m(...) is unbound when self is a class) and may not be handed out as a value;
# use a lambda (lambda by: c.add(by)) or a loop
# line: 19
class Counter:
    def __init__(self):
        self._n = 0

    def _bump(self, by=1):
        self._n += by

    def add(self, by):
        self._bump(by)


c = Counter()
for step in map(c.add, [1, 2, 3]):
    pass
print("done")
