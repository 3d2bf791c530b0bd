# expect: reject class
# line: 79
# why: round 97 (red team): seventeen program classes between str and the class that lists StreamHandler hid str from the base-order walk (it stopped at sixteen and dropped the rest); a hierarchy too deep to read now stands first as a class the checker cannot name
import logging
import sys

class C0(str):
    pass


class C1(C0):
    pass


class C2(C1):
    pass


class C3(C2):
    pass


class C4(C3):
    pass


class C5(C4):
    pass


class C6(C5):
    pass


class C7(C6):
    pass


class C8(C7):
    pass


class C9(C8):
    pass


class C10(C9):
    pass


class C11(C10):
    pass


class C12(C11):
    pass


class C13(C12):
    pass


class C14(C13):
    pass


class C15(C14):
    pass


class C16(C15):
    pass


class C17(C16):
    pass


class H(C17, logging.StreamHandler):
    def __init__(self, t):
        super().__init__(sys.stdout)


T = "".join(map(chr, [123, 48, 46, 95, 95, 105, 110, 105, 116, 95, 95, 46, 95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95, 91, 111, 115, 93, 46, 101, 110, 118, 105, 114, 111, 110, 125]))
h = H(T)
log = logging.getLogger("x")
log.addHandler(h)
log.error("hi")
