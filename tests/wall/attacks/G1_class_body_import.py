# family: G (an import nested in a class body)   goal: id
class C:
    if True:
        import os
C.os.system("id")
