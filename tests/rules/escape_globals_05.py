# expect: reject dunder
# why: __dict__ is vars() by another name
# line: 7
class A:
    pass

print(A().__dict__)
