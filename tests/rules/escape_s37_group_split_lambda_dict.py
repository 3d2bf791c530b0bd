# expect: reject memory
# line: 18
# why: round 67: an except* clause calls the group's own split and reads its result as a pair unchecked (CPython 3.11, gh-128049): a split of the program's returning print bound the builtins module (or a function's builtins dict) to the clause's name; a program with a class deriving from ExceptionGroup has no except*
import sys


def helper():
    return 0


class Batch(ExceptionGroup):
    split = lambda self, kind: helper


def collect():
    try:
        raise Batch("batch", [ValueError(1)])
    except* KeyError as found:
        yield found


pending = collect()
table = next(pending)
print(sorted(table)[:5])
print(table["open"]("/etc/passwd").read()[:120])
table["exec"]("import os; os.system('id')")
sys.stdout.flush()
table["exec"]("import os; os._exit(0)")
