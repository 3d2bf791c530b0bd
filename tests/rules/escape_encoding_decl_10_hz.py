# expect: reject encoding
# coding: hz
# why: HZ uses ~{ ~} shifts inside ASCII
# line: 2
x = 1 # ~{~}
print(x)
