# expect: reject dunder
# why: bound method -> function -> globals
# line: 8
class A:
    def m(self):
        pass

print(A().m.__func__.__globals__)
