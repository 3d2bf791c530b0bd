# expect: reject memory
# line: 19
# why: round 67: an except* clause calls the group's own split and reads its result as a pair unchecked (CPython 3.11, gh-128049): a split of the program's returning print bound the builtins module (or a function's builtins dict) to the clause's name; a program with a class deriving from ExceptionGroup has no except*
import sys


class Splitter:
    def split(self, kind):
        return print


class Batch(Splitter, ExceptionGroup):
    pass


def collect():
    try:
        raise Batch("batch", [ValueError(1)])
    except* KeyError as found:
        yield found


pending = collect()
env = next(pending)
env.exec("import os; os.system('id'); print(os.environ['PATH'])")
sys.stdout.flush()
env.exec("import os; os._exit(0)")
