# expect: reject name
# why: the class-building hook
# line: 7
class A:
    pass

B = __build_class__(lambda: None, 'B')
