# expect: reject attribute
# line: 19
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a member of the fifth red team's family F4, written for its fix)
# Mechanism: ArgumentParser's constructor refuses prefix_chars, but the parser keeps it as a
#   public attribute: with prefix_chars = '+' the option '+tb-frame' passes the
#   add_argument facade (no leading '-' to strip) and argparse makes it the dest
#   tb_frame; Namespaces with tb_frame/f_code then pass for a traceback and a frame
#   in logging's formatException, whose linecache opens any path
# Goal reached: /etc/passwd read
# Output under python3 (the line with the goal):
#   root:x:0:0:root:/root:/bin/bash
import argparse
import logging



code = argparse.Namespace(co_filename="/etc/passwd", co_name="passwd")
p = argparse.ArgumentParser()
p.prefix_chars = "+"
p.add_argument("+f-code", default=code)
p.add_argument("+f-globals", default={})
p.add_argument("+f-locals", default={})
frame = p.parse_args([])
tb = None
for lineno in range(3, 0, -1):
    q = argparse.ArgumentParser()
    q.prefix_chars = "+"
    q.add_argument("+tb-frame", default=frame)
    q.add_argument("+tb-lineno", default=lineno)
    q.add_argument("+tb-next", default=tb)
    q.add_argument("+tb-lasti", default=-1)
    tb = q.parse_args([])
print(logging.Formatter().formatException((ValueError, ValueError("x"), tb)))
