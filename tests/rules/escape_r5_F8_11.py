# expect: reject attribute
# line: 18
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a member of the fifth red team's family F8, written for its fix)
# Mechanism: keywords tb_frame=, f_code= to the program's own constructor, stored with a
#   computed setattr(self, key, value) (allowed on self of a closed class)
# Goal reached: /etc/passwd read
# Output under python3 (the line with the goal):
#   root:x:0:0:root:/root:/bin/bash
import logging


class Obj:
    def __init__(self, **fields):
        for key, value in fields.items():
            setattr(self, key, value)


frame = Obj(f_code=Obj(co_filename="/etc/passwd", co_name="passwd"), f_globals={}, f_locals={})
tb = None
for lineno in range(3, 0, -1):
    tb = Obj(tb_frame=frame, tb_lineno=lineno, tb_next=tb, tb_lasti=-1)
print(logging.Formatter().formatException((ValueError, ValueError("x"), tb)))
