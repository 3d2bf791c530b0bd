# expect: reject import
# why: inside a class body
# line: 5
class A:
    import os
