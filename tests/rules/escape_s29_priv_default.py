# expect: reject method
# line: 8
# why: round 51a: a def's default is read in the class body, so def grab(self, f=put) hands the privileged def out unbound, callable with any self
class Box:
    def put(self, value):
        self._v = value

    def grab(self, f=put):
        return f


print(Box().grab().__name__)
