# expect: reject builtin
# why: same trick for a builtin
# line: 5
total = 1  # sum so farprint(eval('6*7'))
