# expect: reject format
# why: frame internals through a format field
# line: 7
def gen():
    yield 1

print('{0.gi_frame.f_back}'.format(gen()))
