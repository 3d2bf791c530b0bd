# expect: reject class
# line: 20
# why: round 97 (red team): with A(P, StreamHandler), B(str, P) and H(A, B), C3 puts str before StreamHandler (P must follow B), so emit's self.format(record) was str.format of the handler's own text; base order is read in the interpreter's C3 order, not left to right
import logging
import sys


class P:
    pass


class A(P, logging.StreamHandler):
    pass


class B(str, P):
    pass


class H(A, B):
    def __init__(self, text):
        super().__init__(sys.stdout)


class M:
    def __init__(self):
        self.x = 1


h = H("{0.msg.__init__.__globals__[logging].os.environ}")
lg = logging.getLogger("a")
lg.addHandler(h)
lg.warning(M())
