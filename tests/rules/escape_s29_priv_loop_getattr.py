# expect: reject method
# line: 10
# why: round 52b: getattr over a loop of literal names takes a privileged def off its class as a literal name would
class Box:
    def put(self, value):
        self._v = value


for name in ("put",):
    raw = getattr(Box, name)
print(raw.__name__)
