# expect: reject store
# line: 50
# why: round 32a ok_03: hashlib.file_digest(f, mk) is mk() itself: hands_back, found by the audit's callable marker (builds_new_audit)
# ok_03 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv, a list
#          the sys module holds): the sys.argv / unittest.main lever.
#
# Mechanism: hashlib.file_digest(fileobj, digest) (3.11) calls digest() when it
#   is callable and RETURNS THAT RESULT ITSELF (digestobj) after feeding it the
#   file's chunks.  A file-like object of the program whose readinto() answers 0
#   at once (and readable() True, no getbuffer) makes the loop end before any
#   digestobj.update(...) call, so the digest callable may return anything:
#   here a def returning sys.argv.  file_digest(F(), mk) IS sys.argv.
#
# Why the checker missed it: analyzer/stores.c call_mask0_as(), case
#   CK_MODULE: builds_new() trusts every function of a text_module() module
#   ("hashlib" is listed) to build a new value holding at most its arguments'
#   parts, and what escaping program functions return (hook H_ESC) is added as
#   `esc = spread(hook(s, 0, H_ESC)) & (acc ? ~0u : ~M_TOP)`: only an
#   accessor() (by NAME: get, pop, reduce, choice, result ...) may hand a
#   callback's result back as the value itself; for any other library call it
#   is assumed to come back "inside a new container" (M_TOP masked off).
#   file_digest is no accessor and not in hands_back(), so the call's level-0
#   mask is clean and `names.append` is a store into "the program's own" list.
#   (The builds_new audit presumably ran file_digest with real digest names or
#   hashlib constructors, never a callable returning a shared object.)
#   Fix: list ("hashlib", "file_digest") in hands_back() / treat it as an
#   accessor; more generally, audit which library functions return a
#   callback's result as it is (file_digest's digest(), ...), or keep M_TOP of
#   esc for every library call not known to wrap results.
import hashlib
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest


class EmptyFile:
    def readinto(self, view):
        return 0

    def readable(self):
        return True


def mk():
    return sys.argv


names = hashlib.file_digest(EmptyFile(), mk)
print("names is sys.argv:", names is sys.argv)
names.append("logging.os.environ")
unittest.main(exit=False)
