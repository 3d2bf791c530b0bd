# expect: reject attribute
# why: class-pattern keyword reads gi_frame
# line: 8
def gen():
    yield 1

match gen():
    case object(gi_frame=fr):
        print(fr)
