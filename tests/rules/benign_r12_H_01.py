# expect: accept
# why: twelfth red team, family H': a program mapping given as ConfigParser's dict_type whose hooks return its own items (a case-folding dict), and a class with __getitem__ returning its own data that the library never instantiates, stay accepted; a hook parameter may be any object, so its text method is called on str(key) (an object of its own can answer lower with anything it holds)
import configparser


class FoldDict(dict):
    def __getitem__(self, key):
        return super().__getitem__(str(key).lower())

    def get(self, key, default=None):
        return super().get(str(key).lower(), default)


class Grid:
    def __init__(self, width, fill):
        self.width = width
        self.cells = [list(fill) for _ in range(width)]

    def __getitem__(self, i):
        return self.cells[i]


p = configparser.ConfigParser(dict_type=FoldDict, interpolation=None)
p.read_string("[s]\nopt = first\n  second\n")
print(p["s"]["opt"].split())
g = Grid(2, "ab")
g[0].append("c")
print(g[0], g[1])
