# expect: reject builtin
# line: 12
# why: a getattr written with no arguments (an oracle mutant) is refused, and the store
#   rule's receiver proof takes the missing receiver as in doubt instead of crashing
class K:
    def m(self):
        return 1


k = K()
print(k.m())
print(getattr())
