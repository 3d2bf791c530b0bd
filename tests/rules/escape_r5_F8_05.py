# expect: reject attribute
# line: 19
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a member of the fifth red team's family F8, written for its fix)
# Mechanism: typing.NamedTuple class syntax: the annotations tb_frame, f_code are field names
#   (class-body bindings), the instances pass for a traceback in formatException
# Goal reached: /etc/passwd read
# Output under python3 (the line with the goal):
#   root:x:0:0:root:/root:/bin/bash
import logging
import typing


class Code(typing.NamedTuple):
    co_filename: str
    co_name: str


class Frame(typing.NamedTuple):
    f_code: object
    f_globals: dict
    f_locals: dict


class Tb(typing.NamedTuple):
    tb_frame: object
    tb_lineno: int
    tb_next: object
    tb_lasti: int


frame = Frame(Code("/etc/passwd", "passwd"), {}, {})
tb = None
for lineno in range(3, 0, -1):
    tb = Tb(frame, lineno, tb, -1)
print(logging.Formatter().formatException((ValueError, ValueError("x"), tb)))
