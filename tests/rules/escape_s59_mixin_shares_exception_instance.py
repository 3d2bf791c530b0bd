# expect: reject memory
# line: 6
# why: Clearing is no exception, but Failure derives from it and OSError: self in clear() may be an OSError, whose str() converts filename borrowed
class Clearing:
    def clear(self):
        self.filename = None
class Failure(Clearing, OSError):
    pass
class Probe:
    def __repr__(self):
        box[0].clear()
        return "probe"
box = [Failure(2, "gone", slice(Probe(), [1], None))]
print(str(box[0]))
