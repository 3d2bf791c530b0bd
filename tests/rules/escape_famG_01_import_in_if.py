# expect: reject module_value
# why: family G: an import one block deeper in a class body makes the module a class attribute
# line: 7
import random
class A:
    if True:
        import random as r
A.r._os.system("id")
