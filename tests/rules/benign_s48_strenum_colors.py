# expect: accept
# A StrEnum with methods of its own names, the functional API with ordinary member
# names, and prose strings beside them: nothing binds a str method's name.
import enum


class Color(enum.StrEnum):
    RED = "red"
    GREEN = "green"

    def shout(self):
        return self.upper() + "!"


Size = enum.Enum("Size", "SMALL MEDIUM LARGE")
print(Color.RED.shout(), [s.name for s in Size], "count the words".split())
