# expect: reject method
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir (the JSONEncoder's private state replaced: its default is the program's; prints [42])
# why: round 14, private names through a class's name: C is closed and its private method C._set reads as a plain function; called with a library object as self it would set that object's private state (here a public stand-in reached the same way): the method rule keeps a privileged method bound

import json
class C:
    def _set(self, v):
        self._hook = v
        self.default = v
    def use(self):
        return self._hook
enc = json.JSONEncoder()
C._set(enc, lambda o: 42)
print(enc.encode([object()]))
