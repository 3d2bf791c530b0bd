# expect: reject store
# line: 9
# why: family of round 40a ok_02: a ConfigParser handed to a def, its BOOLEAN_STATES set through the parameter
import configparser
import sys


def prime(cp):
    cp.BOOLEAN_STATES = {"x": [sys.argv]}
    return cp


cp = prime(configparser.ConfigParser())
cp.read_string("[s]\nk = x\n")
names = cp.getboolean("s", "k")[0]
names.append("y")
print(names is sys.argv)
