# expect: reject builtin
# why: MODIFIER LETTER SMALL E
# line: 4
print(ᵉval('6*7'))
