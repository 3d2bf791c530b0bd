# expect: reject class
# line: 68
# why: round 97 (red team): sixteen bases before StreamHandler filled the base table, and the handler was never compared with str; a table too full ends with a class the checker cannot name
import abc
import logging
import sys

class M1(abc.ABC):
    pass


class M2(abc.ABC):
    pass


class M3(abc.ABC):
    pass


class M4(abc.ABC):
    pass


class M5(abc.ABC):
    pass


class M6(abc.ABC):
    pass


class M7(abc.ABC):
    pass


class M8(abc.ABC):
    pass


class M9(abc.ABC):
    pass


class M10(abc.ABC):
    pass


class M11(abc.ABC):
    pass


class M12(abc.ABC):
    pass


class M13(abc.ABC):
    pass


class M14(abc.ABC):
    pass


class M15(abc.ABC):
    pass


class H(str, M1, M2, M3, M4, M5, M6, M7, M8, M9, M10, M11, M12, M13, M14, M15, logging.StreamHandler):
    def __init__(self, t):
        super().__init__(sys.stdout)


T = "".join(map(chr, [123, 48, 46, 95, 95, 105, 110, 105, 116, 95, 95, 46, 95, 95, 103, 108, 111, 98, 97, 108, 115, 95, 95, 91, 111, 115, 93, 46, 101, 110, 118, 105, 114, 111, 110, 125]))
h = H(T)
log = logging.getLogger("x")
log.addHandler(h)
log.error("hi")
