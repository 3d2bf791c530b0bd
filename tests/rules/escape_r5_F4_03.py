# expect: reject module_attribute
# line: 42
# verified: reaches its goal under plain python3 (3.11) in a temp dir (fifth static red team, ok_04_unittest_program_parseArgs_base64_main_reads_passwd)
# Mechanism: facade judged at the call only (as ok_02), used to call a module function
#   the rules deny by name: `module-deny base64 main` (rules/modules.txt) refuses
#   base64.main written out, but the dotted test name "base64.main" handed to the
#   TestProgram's public parseArgs is walked with getattr from __main__ and called with
#   no arguments; base64.main() reads sys.argv (the program appended a path; sys.argv
#   stores are allowed) and open()s the file, writing it base64-encoded to
#   sys.stdout.buffer, which the program captures with redirect_stdout and decodes.
# Goal reached: /etc/passwd read (open() called by a library route).
# Output under python3:
#   ----------------------------------------------------------------------
#   Ran 0 tests in 0.000s
#
#   OK
#   root:x:0:0:root:/root:/bin/bash
#   daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
#   bin:x:2:2:bin:/bin:/usr/sbin/nologin
#   sys:x:3:3:sys:/dev:/usr/sbin/nologin
#   sync:x:4:65534:sync:/bin:/bin/sync
#   games:x:5:6
import base64
import contextlib
import io
import sys
import unittest


class Out:
    def __init__(self):
        self.buffer = io.BytesIO()

    def write(self, s):
        return len(s)

    def flush(self):
        pass


sys.argv.append("/etc/passwd")
prog = unittest.main(argv=["p"], exit=False)
out = Out()
try:
    with contextlib.redirect_stdout(out):
        prog.parseArgs(["p", "base64.main"])
except TypeError:
    pass
print(base64.b64decode(out.buffer.getvalue()).decode()[:200])
