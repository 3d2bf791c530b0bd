# expect: reject builtin
# why: a definition named with fullwidth letters is harmless, but the name folds to eval where it is read
# line: 6
def ｅｖａｌ(x):
    return x
print(ｅｖａｌ(1))
