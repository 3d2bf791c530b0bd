# expect: reject dunder
# line: 12
# why: the cost of the __setstate__ rule: copy hands __setstate__ the copied
#   object's whole state, the private attributes and slots of every class in its
#   MRO (here unittest.TestLoader's), as vars(self) would; so it is defined only
#   in a closed class. (No goal shown: defence in depth for family S's last step.)
import copy
import unittest


class L(unittest.TestLoader):
    def __setstate__(self, state):
        self.got = sorted(state)


print(copy.deepcopy(L()).got)
