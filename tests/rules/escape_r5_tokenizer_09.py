# expect: reject syntax
# line: 4
# why: hex number glued to 'for' in a generator (0xffor): 3.11 reads 0xff or
x = list(0*0xffor y in [1])
