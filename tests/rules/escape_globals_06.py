# expect: reject dunder
# why: __getattribute__ is getattr by another name
# line: 7
class A:
    x = 1

print(object.__getattribute__(A(), 'x'))
