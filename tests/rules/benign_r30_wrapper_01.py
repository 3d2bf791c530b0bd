# expect: accept
# why: a ChainMap subclass layering the program's own dicts, written by item and update
# honest: a ChainMap subclass layering the program's own dicts, written by item
import collections


class Settings(collections.ChainMap):
    def describe(self):
        return ", ".join(f"{k}={v}" for k, v in sorted(self.items()))


defaults = {"colour": "blue", "size": 3}
user = {}
s = Settings(user, defaults)
s["size"] = 5
s.update(colour="red")
print(s.describe(), user, defaults)
