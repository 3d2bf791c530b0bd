# expect: accept
# why: computed names on self from judged sources: a loop over a module-level tuple
#   of literal names bound once, over a literal set and list in place, and an
#   f-string with a literal prefix that starts with a letter
FIELDS = ("x", "y")


class Point:
    def __init__(self, x, y, label):
        for f in FIELDS:
            setattr(self, f, 0)
        for f in {"label"}:
            setattr(self, f, label)
        for f in ["x", "y"]:
            setattr(self, f, getattr(self, f) + (x if f == "x" else y))

    def do_show(self):
        return f"{self.label}: ({self.x}, {self.y})"

    def run(self, cmd):
        handler = getattr(self, f"do_{cmd}", None)
        return handler() if handler else f"unknown: {cmd}"


p = Point(1, 2, "p")
print(p.run("show"), p.run("nope"))
