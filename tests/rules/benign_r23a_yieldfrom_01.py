# expect: accept
# why: a delegating generator may read what its subgenerator returns; it only stores into
#   containers it made itself
def inner():
    yield 1
    return 2


def outer(acc):
    got = yield from inner()
    acc.append(got)


acc = []
print(list(outer(acc)), acc)
