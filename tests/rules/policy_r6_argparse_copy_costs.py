# expect: reject method
# line: 21
# why: the cost of the library-copy rule: an append argument with a type=
#   converter whose default is a string (argparse hands a string default to the
#   converter and keeps what it returns, which a later copy would copy), and an
#   append argument sharing its dest with a store argument. Use default=None or a
#   list, and a dest of its own.
import argparse


class Tag:
    def __init__(self, text):
        self.text = text


def tag(text):
    return Tag(text)


p = argparse.ArgumentParser(prog="tool")
p.add_argument("--tag", action="append", type=tag, default="base")
p.add_argument("--first", dest="tags")
p.add_argument("--more", dest="tags", action="append")
print(p.parse_args(["--tag", "x"]).tag)
