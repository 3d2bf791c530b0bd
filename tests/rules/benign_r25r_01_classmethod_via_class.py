# expect: accept
# why: a classmethod called through its class binds the class, never the first
#   argument: cls.entries is the class attribute, not sys.argv (honest22 p12)
import sys


class Registry:
    entries = []

    @classmethod
    def add(cls, words):
        cls.entries.append(len(words))
        return cls.entries


print(Registry.add(sys.argv))
reg = Registry()
print(reg.add(["a", "b"]))
