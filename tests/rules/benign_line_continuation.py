# expect: accept
# why: backslash continuations and implicit joins
total = 1 + \
    2 + \
    3
items = [
    1,
    2,
]
print(total, items, 'a' \
      'b')
