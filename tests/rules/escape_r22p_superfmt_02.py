# expect: reject format
# line: 11
# verified: reaches its goal under plain python3 3.11 (prints the HOME variable of os.environ, read through logging's globals)
# why: the str base comes at a second remove (Template(Plain, str), Plain(Shout)):
#   the whole family, every class deriving from the method's class, is judged.
import logging


class Shout:
    def format(self, *args):
        return super().format(*args).upper()

    def show(self):
        return "shout"


class Plain(Shout):
    pass


class Template(Plain, str):
    pass


text = Template("{0.show.__globals__[logging].os.environ[HOME]}")
print(text.format(text))
