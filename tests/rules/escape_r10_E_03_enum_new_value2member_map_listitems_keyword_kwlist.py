# expect: reject dunder
# line: 18
# verified: tenth static red team (round 10a), ok_03 (plain python3 3.11.7, temp dir: goal reached)
#
# Mechanism: family E (library __new__ as the allowed 'X.__new__(cls, ...)' return): a program __new__ returns enum.Enum.__new__(cls, v), which the hooks.c rule trusts to return an instance of cls, but Enum.__new__ returns cls._value2member_map_[v], a class attribute the program fills with any object; __getnewargs__ makes copy.deepcopy call it, and copy._reconstruct writes the copied state into that object (list subclass: y.append(v))
# Goal reached: write into a standard-library container: keyword.kwlist gains 'pwned'
# Output seen under python3 (3.11.7), run in a fresh temp dir:
#   ['with', 'yield', 'pwned'] False

import copy
import enum
import keyword


class K(list):
    _value2member_map_ = {1: keyword.kwlist}

    def __new__(cls, *a):
        if a:
            return enum.Enum.__new__(cls, *a)
        return super().__new__(cls)

    def __getnewargs__(self):
        return (1,)


k = K()
k.append("pwned")
copy.deepcopy(k)
print(keyword.kwlist[-3:], keyword.iskeyword("pwned"))
