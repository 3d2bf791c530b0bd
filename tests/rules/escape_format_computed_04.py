# expect: reject format
# why: the unbound method is stored and called later
# line: 4
fill = str.format
s = '{0.__cl' + 'ass__.__ba' + 'se__}'
print(fill(s, 1))
