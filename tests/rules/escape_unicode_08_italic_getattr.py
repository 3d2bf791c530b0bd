# expect: reject builtin
# why: NFKC folds it to the builtin getattr, guarded, whose computed name has no literal prefix
# line: 4
print(𝘨𝘦𝘵𝘢𝘵𝘵𝘳(1, input()))
