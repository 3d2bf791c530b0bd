# expect: reject unbound
# line: 11
# why: a class statement named object in a function never called stood for the module-level builtin object in a class pattern (round 63)
import collections
def never():
    class object:
        pass
c = collections.Counter("abc")
k = [c]
match k[0]:
    case object(copy=dup):
        print(dup)
