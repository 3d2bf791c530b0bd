# expect: reject store
# line: 18
# why: bisect.insort(a=box, ...) with box a def whose decorator returns a list: only undecorated defs and classes are skipped as holders
import bisect
import sys
holder = []


def as_list(f):
    return []


@as_list
def box():
    pass


bisect.insort(a=box, x=[holder])
box[0][0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
