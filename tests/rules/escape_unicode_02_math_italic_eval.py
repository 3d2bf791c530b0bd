# expect: reject builtin
# why: mathematical sans-serif italic
# line: 4
print(𝘦𝘷𝘢𝘭('6*7'))
