# expect: reject encoding
# why: overlong encoding of 'e': a lenient decoder reads eval
# line: 4
print(Á¥val('1'))
