# expect: reject format
# line: 14
# verified: reaches its goal under plain python3 3.11 (prints the HOME variable of os.environ, read through logging's globals)
# why: str under another name (Text = str) as the method's own base: a base must
#   be a class statement of the program, a logging handler or a builtin other than
#   str under its own never-bound name.
import logging

Text = str


class Shout(Text):
    def format(self, *args):
        return super().format(*args).upper()

    def show(self):
        return "shout"


text = Shout("{0.show.__globals__[logging].os.environ[HOME]}")
print(text.format(text))
