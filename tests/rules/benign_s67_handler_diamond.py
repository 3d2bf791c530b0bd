# expect: accept
# why: round 97's look-alike: a diamond of the program's own classes over a StreamHandler whose C3 order keeps the handler first among the library bases (the shared mixin P follows A and B, and nothing but the program's classes stands before StreamHandler)
import logging
import sys


class P:
    def tag(self):
        return "p"


class A(P):
    pass


class B(P):
    pass


class H(A, B, logging.StreamHandler):
    def __init__(self):
        super().__init__(sys.stdout)


log = logging.getLogger("round97b")
log.addHandler(H())
log.warning("hi")
