# expect: reject format
# line: 12
# verified: reaches its goal under plain python3 3.11 (prints the HOME variable of os.environ, read through logging's globals)
# why: super().format in a method of a class that a class statement combines with
#   str (class Template(Shout, str)): for a Template, super() after Shout is str,
#   so super().format is str.format of text the checker never read.
import logging


class Shout:
    def format(self, *args):
        return super().format(*args).upper()

    def show(self):
        return "shout"


class Template(Shout, str):
    pass


text = Template("{0.show.__globals__[logging].os.environ[HOME]}")
print(text.format(text))
