# expect: reject format
# line: 14
# verified: reaches its goal under plain python3 3.11 in a temp dir (prints the HOME variable of os.environ)
# why: a program base of the handler class that derives from str comes first in the
#   MRO, so self.format is str.format: every program class in the family must have
#   only handler or program bases, up the chain too.
import logging

class Text(str):
    pass

class Keep(Text, logging.Handler):
    def show(self, record):
        print(self.format(record))
    def __init__(self, text):
        logging.Handler.__init__(self)

k = Keep("{0.show.__globals__[logging].os.environ[HOME]}")
k.show(k)
