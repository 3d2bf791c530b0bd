# expect: reject format
# line: 13
# verified: reaches its goal under plain python3 3.11 (prints the HOME variable of os.environ, read through logging's globals)
# why: a library class whose format is str.format of its data
#   (collections.UserString) after the method's class: library bases are the
#   logging handlers only.
import collections
import logging


class Shout:
    def format(self, *args):
        return super().format(*args).upper()

    def show(self):
        return "shout"


class Template(Shout, collections.UserString):
    pass


text = Template("{0.show.__globals__[logging].os.environ[HOME]}")
print(text.format(text))
