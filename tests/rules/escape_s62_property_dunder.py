# expect: reject memory
# line: 8
# why: round 92, found fixing the red team's: @property over def __lt__ makes the comparison call what the getter returns (a list's clear)
L = [1, 2]
class A:
    def __eq__(self, o):
        return False
    @property
    def __lt__(self):
        return L.clear
print(sorted([A(), A()]) and L)
