# expect: reject dunder
# line: 9
# why: an exception re-initialised from a method other than __init__ (Exception.__init__(self), self.__init__()) replaces the args its str() may be formatting at that moment, the mechanism of round 89's property reset in another base
class Report(Exception):
    def __init__(self, *parts):
        super().__init__(*parts)

    def reset(self):
        Exception.__init__(self)


r = Report("a", "b")
r.reset()
print(r.args)
