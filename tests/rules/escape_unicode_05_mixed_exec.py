# expect: reject builtin
# why: one fullwidth letter is enough
# line: 4
ｅxec('print(1)')
