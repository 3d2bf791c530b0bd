# expect: reject class_value
# line: 19
# why: Field.type read by operator.attrgetter("type"): logging.Formatter past its facade (round 64)
import dataclasses
import logging
import operator


@dataclasses.dataclass
class Holder:
    fmt: logging.Formatter = None


def helper():
    return 0


for fld in dataclasses.fields(Holder):
    make = operator.attrgetter("type")(fld)
    fm = make("{x.__globals__[logging].os.environ}", style="{")
    h = logging.StreamHandler()
    h.setFormatter(fm)
    lg = logging.Logger("demo")
    lg.addHandler(h)
    lg.warning("hello", extra={"x": helper})
