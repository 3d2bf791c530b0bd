# expect: reject memory
# line: 16
# why: a generator suspended inside `with redirect_stdout(...)` ends the redirect when it is closed, which code run by print's __str__ can do (drop the last reference): sys.stdout is then freed under print (gh-130163)
import contextlib


class Sink:
    def write(self, s):
        return len(s)

    def flush(self):
        pass


def held():
    with contextlib.redirect_stdout(Sink()):
        yield 1


gens = [held()]
next(gens[0])


class Drop:
    def __str__(self):
        gens.clear()
        return "x"


print(Drop(), "after")
