# expect: reject builtin
# why: NFKC folds it to the builtin
# line: 4
print(𝘨𝘦𝘵𝘢𝘵𝘵𝘳(1, 'real'))
