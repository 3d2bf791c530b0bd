# expect: reject attribute
# line: 19
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a member of the fifth red team's family F8, written for its fix)
# Mechanism: vars(obj).update(tb_frame=...) on an empty closed class: keyword names become
#   attributes of the program's objects, which pass for a traceback in formatException
# Goal reached: /etc/passwd read
# Output under python3 (the line with the goal):
#   root:x:0:0:root:/root:/bin/bash
import logging


class Obj:
    pass


code = Obj()
vars(code).update(co_filename="/etc/passwd", co_name="passwd")
frame = Obj()
vars(frame).update(f_code=code, f_globals={}, f_locals={}, f_lineno=1)
tb = None
for lineno in range(3, 0, -1):
    t = Obj()
    vars(t).update(tb_frame=frame, tb_lineno=lineno, tb_next=tb, tb_lasti=-1)
    tb = t
print(logging.Formatter().formatException((ValueError, ValueError("x"), tb)))
