# expect: reject format
# line: 13
# verified: reaches its goal under plain python3 3.11 in a temp dir (prints the HOME variable of os.environ, read through logging's globals)
# why: round 15 allows `self.format(record)` in a logging handler of the program,
#   where self.format is Handler.format. A class deriving from the handler with
#   str first makes self a str whose format is str.format of text the checker never
#   read as a template: the whole family (every class deriving from the handler) must
#   have handler or program bases only.
import logging

class Keep(logging.Handler):
    def show(self, record):
        print(self.format(record))

class Evil(str, Keep):
    def __init__(self, text):
        logging.Handler.__init__(self)

e = Evil("{0.show.__globals__[logging].os.environ[HOME]}")
e.show(e)
