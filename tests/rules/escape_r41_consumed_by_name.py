# expect: reject store
# line: 16
# why: a JSONEncoder subclass's default, whose return the library consumes, still answers what it returns when the program calls it by name (here through methodcaller)
import json
import operator
import sys


class E(json.JSONEncoder):
    def default(self, o):
        return sys.argv


enc = E()
names = operator.methodcaller("default", 1)(enc)
names.append("y")
print(names is sys.argv)
