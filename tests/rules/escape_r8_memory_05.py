# expect: reject memory
# line: 33
# verified: SIGSEGV (exit 139) under the image's python3.11 (3.11.2)
# Mechanism: gh-109786, as escape_r8_memory_04; the source is a generator. Re-entered while it
#   runs, pairwise calls the generator again, which raises "generator already executing"; the
#   inner pairwise_next then clears its source and its held item (freed: the outer call's
#   borrowed pointer dangles) and the generator catches the error and goes on.
# This member: a generator source, `from itertools import pairwise`, consumed by a for loop
#   over the name it was bound to.
# Checker before the rule: exit 0 (accepted)
from itertools import pairwise


def source():
    yield [1]
    yield [2]
    try:
        next(pairs)
    except ValueError:
        pass
    for i in range(3, 9):
        yield [i] * 3


def consume(it):
    out = []
    for a, b in it:
        junk = [[k] for k in range(50)]
        out.append((a, b))
    return out


pairs = pairwise(source())
print(consume(pairs))
