# expect: reject store
# line: 28
# why: round 38b ok_01: cp.BOOLEAN_STATES = {'x': sys.argv}, then getboolean answers the table's entry: a value stored under a library attribute name into an object a library class made is given at any depth
# ok_01 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv, the list
#          the sys module holds): the sys.argv / unittest.main lever.
#
# Mechanism: configparser.RawConfigParser.getboolean(section, option) returns
#   self.BOOLEAN_STATES[value.lower()] (configparser.py, _convert_to_boolean):
#   an entry of a table the library reads off the *instance*. The program
#   stores its own dict there (`cp.BOOLEAN_STATES = {"x": sys.argv}`, an
#   attribute store on an object the program made, allowed), sets an option
#   whose text is "x", and getboolean hands back sys.argv itself.
#
# Why the checker missed it (analyzer/stores.c): "getboolean" is in
#   data_method() (with getint/getfloat), so builds_new() takes any
#   `X.getboolean(...)` for plain data (a bool), whatever the receiver holds;
#   the store into the instance attribute BOOLEAN_STATES is keyed by a name
#   that the program never reads back (the library reads it), so no key_mask
#   links the read.  No argument of the getboolean call carries sys.argv.
#   Also accepted and working: configparser.ConfigParser() with the same store and
#   cp["s"].getboolean("k") (SectionProxy.getboolean -> parser._get_conv).
import configparser
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest

cp = configparser.RawConfigParser()
cp.BOOLEAN_STATES = {"x": sys.argv}
cp.read_string("[s]\nk = x\n")
names = cp.getboolean("s", "k")
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)  # the loader's TypeError message prints os.environ
