# expect: accept
# why: once the cost of transitive privilege (policy_r5_method_transitive): add() calls
#   the privileged _bump through self, so add is privileged too. Round 15: handed out
#   as a value on a name every binding of which is an instance of the program's own
#   class (`c = Counter()`), it is a bound method whose self is that instance.
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
