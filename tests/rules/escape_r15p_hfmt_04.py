# expect: reject format
# line: 13
# verified: reaches its goal under plain python3 3.11 in a temp dir (prints the HOME variable of os.environ)
# why: the handler class read as a value (an alias) can be a base the family scan
#   would not see by name: every read of a member's name must be a base of a class
#   statement or a call.
import logging

class Keep(logging.Handler):
    def __init__(self, *args):
        logging.Handler.__init__(self)
    def show(self, record):
        print(self.format(record))

Base = Keep
class Evil(str, Base):
    pass

e = Evil("{0.show.__globals__[logging].os.environ[HOME]}")
e.show(e)
