# expect: reject dunder
# why: FULLWIDTH LOW LINE folds to '_' under NFKC
# line: 7
def f():
    pass

print(f._＿globals__)
