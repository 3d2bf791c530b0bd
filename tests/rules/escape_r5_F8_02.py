# expect: reject attribute
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a member of the fifth red team's family F8, written for its fix)
# Mechanism: argparse.Namespace(tb_frame=..., ...) keywords become attributes: the fake
#   traceback, frame and code reach formatException (traceback -> linecache)
# Goal reached: /etc/passwd read
# Output under python3 (the line with the goal):
#   root:x:0:0:root:/root:/bin/bash
import argparse
import logging

code = argparse.Namespace(co_filename="/etc/passwd", co_name="passwd")
frame = argparse.Namespace(f_code=code, f_globals={}, f_locals={}, f_lineno=1)
tb = None
for lineno in range(3, 0, -1):
    tb = argparse.Namespace(tb_frame=frame, tb_lineno=lineno, tb_next=tb, tb_lasti=-1)
print(logging.Formatter().formatException((ValueError, ValueError("x"), tb)))
