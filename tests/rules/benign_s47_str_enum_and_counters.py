# expect: accept
# A str-valued enum and a str subclass with methods of their own names, beside a
# class whose instances count things: no str method's name is bound where a str
# could answer with it (`self.total` names no str method).
import enum


class Color(str, enum.Enum):
    RED = "red"
    GREEN = "green"

    def shout(self):
        return self.value.upper() + "!"


class Slug(str):
    def words(self):
        return self.split("-")


class Tally:
    def __init__(self):
        self.total = 0

    def add(self, n):
        self.total += n
        return self


print(Color.RED.shout(), Slug("a-b-c").words(), Tally().add(3).total, "x".replace("x", "y"))
