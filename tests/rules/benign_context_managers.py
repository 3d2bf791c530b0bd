# expect: accept
# why: __enter__/__exit__ with a traceback parameter named tb
class Timer:
    def __init__(self, label):
        self.label = label
        self.entered = False

    def __enter__(self):
        self.entered = True
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"leaving {self.label}, error={exc_type is not None}")
        return exc_type is KeyError


class Indenter:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, *exc):
        self.level -= 1
        return False

    def say(self, text):
        print("  " * self.level + text)


with Timer("first") as t:
    print("inside", t.entered)

with Timer("second"):
    {}["nope"]

with Indenter() as ind:
    ind.say("one")
    with ind:
        ind.say("two")
    ind.say("three")
