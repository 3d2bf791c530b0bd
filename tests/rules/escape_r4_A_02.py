# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir (fourth static red team, ok_02_self_init_method_as_value_map_formatter_environ)
# Mechanism: as ok_01, but the unprivileged method is handed out as a value
#   (map(K.go, [formatter])): the `method` rule does not guard it because using
#   self.__init__ does not make a method privileged. Re-initialises a
#   logging.Formatter with style='{'.
# Goal reached: print os.environ.
# Output under python3 (truncated):
#   environ({'SHELL': '/bin/bash', 'IS_SANDBOX': 'yes', ... 'HOME': '/root', ...})
import logging, sys
class M:
    def __init__(self): pass
class K:
    def go(self):
        self.__init__("{msg.__init__.__globals__[sys].modules[os].environ}", None, "{")
fm = logging.Formatter("%(message)s")
list(map(K.go, [fm]))
h = logging.StreamHandler(sys.stdout)
h.setFormatter(fm)
lg = logging.getLogger("x")
lg.addHandler(h)
lg.warning(M())
