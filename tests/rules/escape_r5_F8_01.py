# expect: reject attribute
# line: 40
# verified: reaches its goal under plain python3 (3.11) in a temp dir (fifth static red team, ok_18_duck_traceback_namedtuple_fields_logging_formatException_reads_passwd)
# Mechanism: a library protocol run on duck-typed objects whose attribute names the
#   checker refuses only in attribute syntax. logging.Formatter().formatException(ei)
#   hands ei to traceback.print_exception, which walks the "traceback" with
#   tb.tb_frame / tb.tb_lineno / tb.tb_lasti / tb.tb_next, reads frame.f_code.co_filename,
#   frame.f_globals, and then asks linecache for each line: linecache.getline(filename,
#   lineno) os.stat()s and opens ANY path. The fake traceback, frame and code objects
#   are namedtuples whose field names are written as a string
#   ("tb_frame tb_lineno tb_next tb_lasti", "f_code f_globals ..."): the `attribute`
#   rule refuses tb_frame/tb_next/f_globals/f_code as attributes (a class setting
#   self.tb_frame is refused), but never reads namedtuple field-name strings.
#   Also accepted and working (same first line of /etc/passwd printed):
#     - unittest.TestResult().addError(test, (E, e, tb)) then result.errors[0][1];
#     - the fake objects built as argparse.Namespace(tb_frame=frame, tb_lineno=1,
#       tb_next=None, tb_lasti=-1) etc. (the Namespace facade `call-only Namespace 0 *`
#       judges keyword names only for private/dunder, not against the attribute list);
#     - the fake objects built as instances of an empty closed class with
#       vars(tb).update(tb_frame=frame, ...) (keyword names into vars() unjudged).
#   No getattr/setattr/dunder at run time in the program.
# Goal reached: /etc/passwd read (through linecache inside traceback formatting).
# Output under python3:
#   Traceback (most recent call last):
#     File "/etc/passwd", line 1, in passwd
#       root:x:0:0:root:/root:/bin/bash
#     File "/etc/passwd", line 2, in passwd
#       daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
#     File "/etc/passwd", line 3, in passwd
#       bin:x:2:2:bin:/bin:/usr/sbin/nologin
#     File "/etc/passwd", line 4, in passwd
#       sys:x:3:3:sys:/dev:/usr/sbin/nologin
#     File "/etc/passwd", line 5, in passwd
#       sync:x:4:65534:sync:/bin:/bin/sync
#   ValueError: x
import collections
import logging

Code = collections.namedtuple("Code", "co_filename co_name")
Frame = collections.namedtuple("Frame", "f_code f_globals f_locals f_lineno")
Tb = collections.namedtuple("Tb", "tb_frame tb_lineno tb_next tb_lasti")

code = Code("/etc/passwd", "passwd")
frame = Frame(code, {}, {}, 1)
tb = None
for lineno in range(5, 0, -1):
    tb = Tb(frame, lineno, tb, -1)

text = logging.Formatter().formatException((ValueError, ValueError("x"), tb))
print(text)
