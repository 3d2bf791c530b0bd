# expect: reject attribute
# line: 12
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a member of the fifth red team's family F8, written for its fix)
# Mechanism: collections.namedtuple with field names as a list of strings
# Goal reached: /etc/passwd read
# Output under python3 (the line with the goal):
#   root:x:0:0:root:/root:/bin/bash
import collections
import logging

Code = collections.namedtuple("Code", ["co_filename", "co_name"])
Frame = collections.namedtuple("Frame", ["f_code", "f_globals", "f_locals"])
Tb = collections.namedtuple("Tb", ["tb_frame", "tb_lineno", "tb_next", "tb_lasti"])
frame = Frame(Code("/etc/passwd", "passwd"), {}, {})
tb = None
for lineno in range(3, 0, -1):
    tb = Tb(frame, lineno, tb, -1)
print(logging.Formatter().formatException((ValueError, ValueError("x"), tb)))
