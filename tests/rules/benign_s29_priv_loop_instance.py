# expect: accept
# why: getattr over a loop of literal names through an own instance is a bound method (a command dispatcher)
class Box:
    def put(self, value):
        self._v = value
        return self


box = Box()
for name in ("put",):
    print(getattr(box, name)(3) is box)
