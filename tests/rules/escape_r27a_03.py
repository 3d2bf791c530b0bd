# expect: reject unbound
# line: 35
# why: the red team's round 27a ok_03: UserList.append(self, x) in a class that does not derive from UserList writes through the self's data attribute, which the program set to sys.argv
# ok_03 -- goal 1 (prints os.environ), through the sys.argv / unittest.main lever
#
# Mechanism: rule `unbound` allows a library class's Python method read through the
# class when it is called with the enclosing method's own `self` first
# (`collections.UserList.append(self, x)`): "its self is the program's instance".
# But the library method does not write into *self*; it writes through self's
# attributes: UserList.append is `self.data.append(item)`.  A plain program class
# whose `data` attribute is sys.argv (holding a module's list in an attribute of the
# program's own object is allowed: nothing is changed there) turns the call into
# sys.argv.append("logging.os.environ"); unittest.main(exit=False) then resolves that
# dotted name and prints os.environ in its TypeError.
#
# Why the checker missed it: rule `store` (analyzer/stores.c) links what library
# wrappers hand out of `data` (wrapper_aliases: iteration and items of a UserList /
# UserDict in a program that names one) but does not model an unbound library method
# call `Lib.m(self, ...)` as a mutation of self's attributes; and rule `unbound`
# (analyzer/names.c, "library methods read through their class") takes the own-self
# form as safe by construction.  Other methods give the same: UserDict.__setitem__ /
# update (self.data[k] = v), ChainMap (self.maps[0]), RawConfigParser.set
# (self._sections[section][optionxform(option)] = value), Queue.put (self._put)...
import collections
import logging
import sys
import unittest


class Names:
    def __init__(self):
        self.data = sys.argv

    def add(self, name):
        collections.UserList.append(self, name)


Names().add("logging.os.environ")
print(sys.argv)
unittest.main(exit=False)
