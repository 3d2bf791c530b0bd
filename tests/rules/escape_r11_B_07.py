# expect: reject store
# line: 21
# verified: reaches its goal under plain python3 (3.11) in a temp dir (True printed: unittest.TestSuite.run replaced)
# why: eleventh red team (11a), family B, our own: a class attribute named ABC holding unittest.TestLoader
import configparser
import unittest


class Box:
    ABC = unittest.TestLoader


class K(Box.ABC):
    pass


def fake(self, result):
    return result


K().suiteClass.run = fake
print(unittest.TestSuite.run is fake)
