# label: logging.exc_info
# A logging method taken as a value (functools.partial) receives exc_info in
# **kwargs, which the checker does not see. Records made through extra= answer
# tb_frame, tb_lineno, tb_next and f_code: a traceback stand-in whose frame's
# co_filename linecache would open when the formatter prints it. The wall's
# makeRecord takes only an exact (type, value, traceback) tuple with a traceback
# the interpreter made.
import functools
import logging
import sys


class Code:
    co_filename = "/etc/passwd"
    co_name = "passwd"


class Keep(logging.Handler):
    def __init__(self):
        super().__init__()
        self.got = []

    def emit(self, record):
        self.got.append(record)


keep = Keep()
forge = logging.getLogger("forge")
forge.propagate = False
forge.addHandler(keep)


def made(fields):
    functools.partial(forge.error, "part", **{"extra": fields})()
    return keep.got[-1]


frame = made({"f_code": Code(), "f_globals": {}})
link = None
for n in range(3, 0, -1):
    link = made({"tb_frame": frame, "tb_lineno": n, "tb_next": link, "tb_lasti": -1})

out = logging.getLogger("out")
out.propagate = False
out.addHandler(logging.StreamHandler(sys.stdout))
boom = ValueError("forged traceback")
functools.partial(out.error, "reading:", **{"exc_info": (ValueError, boom, link)})()
print("NOT REFUSED")
