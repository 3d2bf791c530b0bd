# expect: accept
# why: round 71's cost lifted: in a program whose comparisons run its code, a judged __getattr__ calls str methods of the attribute name it is handed (its second parameter, never rebound: an exact str, since the program derives no class from str and computed names are refused), as a fallback that answers upper-cased names does
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))


class Settings:
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return name.upper()


vs = sorted([Vec(3, 1), Vec(1, 2), Vec(0, 5)])
print([(v.x, v.y) for v in vs], Vec(1, 2) == Vec(1, 2), Settings().mode)
