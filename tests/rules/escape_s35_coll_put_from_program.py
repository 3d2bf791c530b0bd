# expect: reject store
# line: 10
# why: an OrderedDict subclass's put is the program's own method: what the program hands it (sys.argv) is followed as any call's argument
import collections
import sys


class Box(collections.OrderedDict):
    def put(self, key, value):
        value.append("pwn")
        self[key] = value


Box().put("k", sys.argv)
print(sys.argv)
