# expect: reject format
# line: 12
# verified: reaches its goal under plain python3 3.11 in a temp dir (prints the HOME variable of os.environ)
# why: reached through its class (`Keep.show(text, k)`), the method would take a str
#   as self, and str.format of that text walks attributes: a member of the family
#   read any way but as a base or a call keeps the format rule (and the method is
#   privileged besides: rule `method` would call it bound only).
import logging

class Keep(logging.Handler):
    def show(self, record):
        print(self.format(record))

k = Keep()
k.show(logging.LogRecord("n", logging.INFO, "p", 1, "ok", None, None))
Keep.show("{0.show.__globals__[logging].os.environ[HOME]}", k)
