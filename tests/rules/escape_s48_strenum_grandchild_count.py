# expect: reject memory
# line: 14
# why: a class of the program deriving from a StrEnum subclass is a str too: its count is called in place of str's
import enum


class Base(enum.StrEnum):
    pass


class Word(Base):
    HELLO = "hello"

    def count(self, sub):
        return [sub]
