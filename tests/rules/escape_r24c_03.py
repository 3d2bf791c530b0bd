# expect: reject store
# why: the red team's round 24b ok_03: goal: prints os.environ (serious, via unittest.main and sys.argv)
# line: 26
# goal: prints os.environ (serious, via unittest.main and sys.argv)
# mechanism: hashlib.file_digest(fileobj, digest) calls digest() when it is not a str and
#   returns that object (after digestobj.update(fileobj.getbuffer())); with digest = lambda: h
#   (h a list subclass with an update method) the result IS h. A store through it puts sys.argv
#   into h; h[0].append(...) writes sys.argv.
# rule slipped: store, text_call: hashlib is on the reviewed "text" list, so the call result
#   aliases nothing (not even the lambda's body, which lambda_arg_aliases would otherwise link:
#   alias_roots returns at text_call before walking the arguments).

import sys
import unittest
import hashlib
import io


class H(list):
    def update(self, b):
        pass


h = H()
hashlib.file_digest(io.BytesIO(b""), lambda: h).append(sys.argv)
h[0].append("logging.os.environ")
import logging

unittest.main(exit=False)
