# expect: reject dunder
# why: fullwidth letters fold to __globals__ under NFKC
# line: 7
def f():
    pass

print(f.__ｇｌｏｂａｌｓ__)
