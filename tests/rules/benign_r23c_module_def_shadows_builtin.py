# expect: accept
# why: a module-level def named like a builtin, bound once before its calls, is the
#   program's function there (its returns, not the builtin's arguments)
import keyword


def max(xs):
    return [len(x) for x in xs]


def run():
    return max([keyword.kwlist])


lengths = max([keyword.kwlist])
lengths.append(0)
run().append(1)
print(lengths)
