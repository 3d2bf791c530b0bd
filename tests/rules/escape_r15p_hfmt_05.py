# expect: reject format
# line: 15
# verified: reaches its goal under plain python3 3.11 in a temp dir (prints the HOME variable of os.environ)
# why: an instance attribute named format is found before the class's method: a
#   store of `.format` anywhere keeps `self.format(...)` under the format rule (here
#   the bound str.format of a str subclass's instance, whose text the checker did
#   not read as a template).
import logging

class Keep(logging.Handler):
    def __init__(self, fmt):
        super().__init__()
        self.format = fmt
    def show(self, record):
        print(self.format(record))

class Tpl(str):
    def render(self):
        return self
k = Keep(Tpl("{0.show.__globals__[logging].os.environ[HOME]}").render().format)
k.show(k)
