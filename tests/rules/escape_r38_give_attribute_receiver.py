# expect: reject store
# line: 12
# why: family of round 38b ok_01: the ConfigParser is held in an attribute of the program's object; its BOOLEAN_STATES store is given at any depth
import configparser
import sys


class App:
    def __init__(self):
        self.cp = configparser.ConfigParser()
        self.cp.read_string("[s]\nk = x\n")
        self.cp.BOOLEAN_STATES = {"x": sys.argv}


app = App()
names = app.cp.getboolean("s", "k")
print(names is sys.argv)
names.append("x")
