# expect: reject dunder
# why: the constant allowance is for names of the attribute list only: a dunder keyword stays the dunder rule's whatever its value
# line: 10


def make(**kw):
    return sorted(kw)


print(make(__reduce_ex__=None))
