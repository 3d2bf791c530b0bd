# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the library ABC claims the class: True printed)
# why: tenth red team (10b), family F, our own: a library ABC's register taken as a value, then called

import numbers

claim = numbers.Number.register
claim(str)
print(isinstance("x", numbers.Number))
