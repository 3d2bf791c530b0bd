# expect: reject memory
# line: 19
# why: the allowance of benign_s41_getattr_name_str_method holds only where no class of the program's derives from str: a str subclass's startswith is the program's code, and a judged __getattr__ calling it on its name would run it inside a comparison
class Name(str):
    def startswith(self, prefix):
        return False


class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)


class Settings:
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return name.upper()


vs = sorted([Vec(3, 1), Vec(1, 2)])
print([(v.x, v.y) for v in vs], Settings().mode, Name("a"))
