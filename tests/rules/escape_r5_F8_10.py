# expect: reject method
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a member of the fifth red team's family F8, written for its fix)
# Mechanism: argparse option strings --tb-frame, --f-code become the Namespace attributes
#   tb_frame, f_code (defaults are any object): a fake traceback for formatException
# Goal reached: /etc/passwd read
# Output under python3 (the line with the goal):
#   root:x:0:0:root:/root:/bin/bash
import argparse
import logging

code = argparse.Namespace(co_filename="/etc/passwd", co_name="passwd")
p = argparse.ArgumentParser()
p.add_argument("--f-code", default=code)
p.add_argument("--f-globals", default={})
p.add_argument("--f-locals", default={})
frame = p.parse_args([])
tb = None
for lineno in range(3, 0, -1):
    q = argparse.ArgumentParser()
    q.add_argument("--tb-frame", default=frame)
    q.add_argument("--tb-lineno", default=lineno)
    q.add_argument("--tb-next", default=tb)
    q.add_argument("--tb-lasti", default=-1)
    tb = q.parse_args([])
print(logging.Formatter().formatException((ValueError, ValueError("x"), tb)))
