# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir (fifth static red team, ok_10_reinit_privilege_laundered_by_base_call_logging_brace_environ)
# Mechanism: the fourth round's fix for family A made a method that calls
#   self.__init__(...) privileged (closed class, bound calls only). reset() is such a
#   method, but go() calls it as K.reset(self, fmt) -- the accepted "Base.m(self, ...)"
#   form -- and go() itself is not privileged, so K.go(formatter, ...) hands the library
#   Formatter to reset() as self: Formatter.__init__ runs again with style='{' (the
#   call-only facade allows only '%' and '$'). The Handler then formats the program's
#   '{' template, whose fields walk msg.__init__.__globals__[sys].modules[os].environ.
#   Dunder names appear only inside the template string that str.format walks in
#   logging (no getattr/setattr builtin is given a dunder name).
# Goal reached: os.environ printed (sys.modules / a function's __globals__ reached).
# Output under python3 (env -i with a marker variable):
#   environ({'PATH': '/usr/bin:/bin', 'HOME': '/tmp/rt5run.DpRmti', 'MARKER':
#   'round5-marker', 'LC_CTYPE': 'C.UTF-8'})
import logging
import sys


class M:
    def __init__(self):
        pass


class K:
    def reset(self, fmt):
        self.__init__(fmt, None, "{")

    def go(self, fmt):
        K.reset(self, fmt)


fm = logging.Formatter("%(message)s")
K.go(fm, "{msg.__init__.__globals__[sys].modules[os].environ}")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(fm)
lg = logging.getLogger("x")
lg.addHandler(h)
lg.warning(M())
