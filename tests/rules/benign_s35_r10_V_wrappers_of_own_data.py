# expect: accept
# why: accepted again since session 35 (a collections container subclass's own methods take what the program hands them: CONTAINER_BASES); refused in sessions 32 to 34, the cost of following every alias both ways (a store through one name of an object reaches what any other name of it was linked to, and the links through library calls, escaping functions and the hooks join many objects); before: honest look-alikes of family V (tenth round): ChainMap over the program's own
#   dicts written through, a ChainMap over a library table only read (lookups, get,
#   keys), new_child over a fresh dict, UserDict/UserList subclasses that keep their
#   own .data, and a copy of a library table wrapped and written
import collections
import configparser
import keyword

defaults = {"color": "red", "size": 3}
overrides = {}
settings = collections.ChainMap(overrides, defaults)
settings["size"] = 5
settings.update(color="blue")
print(dict(settings), overrides, defaults["size"])

scope = settings.new_child()
scope["local"] = 1
print(scope["local"], "local" in settings)

states = collections.ChainMap(configparser.RawConfigParser.BOOLEAN_STATES)
print(states["yes"], states.get("maybe"), len(list(states.keys())))

own = collections.ChainMap({}, dict(configparser.RawConfigParser.BOOLEAN_STATES))
own["maybe"] = None
print(own["maybe"], "maybe" in configparser.RawConfigParser.BOOLEAN_STATES)


class Stack(collections.UserList):
    def push(self, item):
        self.data.append(item)


class Registry(collections.UserDict):
    def __init__(self):
        super().__init__()
        self.data = {"a": 1}


s = Stack()
s.push(1)
s.append(2)
r = Registry()
r["b"] = 2
words = collections.UserList()
words.data = list(keyword.kwlist)
words.append("extra")
print(list(s), dict(r), words[-1], keyword.kwlist[-1])
