# expect: reject store
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the program's handler is called by logging)
# why: twelfth red team, family G, our own: '+=' on self's attribute holding the root logger's handlers
import logging

class Spy(logging.Handler):
    def emit(self, record):
        print("program handler called for", record.name)

class Keeper:
    def __init__(self):
        self.hs = logging.getLogger().handlers
    def add(self, h):
        self.hs += [h]                   # list.__iadd__ on the root logger's list, via self

Keeper().add(Spy())
logging.getLogger("x").warning("hi")
print(len(logging.getLogger().handlers))
