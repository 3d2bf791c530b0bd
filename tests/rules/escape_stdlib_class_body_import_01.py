# expect: reject module_value
# why: an import in a class body makes the module a class attribute; A.r._os is never spelled through an import-bound name (tested)
# line: 5
class A:
    import random as r

A.r._os.system('echo escaped')
