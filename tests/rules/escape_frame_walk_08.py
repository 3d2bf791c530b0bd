# expect: reject attribute
# why: raw bytecode of any frame
# line: 5
def frame_of(f):
    return f.f_code.co_code
