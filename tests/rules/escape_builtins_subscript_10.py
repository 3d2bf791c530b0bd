# expect: reject name
# why: MATHEMATICAL SCRIPT SMALL B folds to b
# line: 4
print(__𝒷uiltins__)
