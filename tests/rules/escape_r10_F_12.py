# expect: reject store
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the library object gains the attribute: True printed)
# why: tenth red team (10b), family F, our own: abc.update_abstractmethods writes __abstractmethods__ into a library class

import abc
import numbers

abc.update_abstractmethods(numbers.Complex)
print("__abstractmethods__" in dir(numbers.Complex))
