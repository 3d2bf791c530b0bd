# expect: accept
# why: the converted fields' names on objects that are no exception: set in any exception's __init__, on self in methods of classes of the program with no exception base (a mixin's too when nothing derives it into one), through a class's own name, and with computed names there
class AppError(Exception):
    def __init__(self, msg, code=1):
        super().__init__(msg)
        self.msg = msg
        self.code = code
        self.args = (msg, code)


class Config:
    filename = "app.ini"
    encoding = "utf-8"

    def __init__(self, **options):
        self.args = []
        for key, value in options.items():
            setattr(self, key, value)

    def load(self, name):
        self.filename = name
        self.reason = "loaded"
        setattr(self, "msg", f"read {name}")
        self.args += [name]
        return self


class Report(Config):
    def retitle(self, text):
        self.msg = text
        super().__setattr__("encoding", "ascii")


Config.filename = "other.ini"
c = Config(encoding="latin-1", errno=0).load("x.ini")
r = Report()
r.retitle("hello")
try:
    raise AppError("bad", 2)
except AppError as err:
    print(err, err.msg, err.code, err.args)
print(c.filename, c.reason, c.msg, c.args, c.encoding, c.errno, Config.filename, r.msg, r.encoding)
