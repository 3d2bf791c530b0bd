# expect: reject class_value
# line: 18
# why: dataclasses.fields(C)[0].type is the object the annotation evaluated to, logging.Formatter, called with style="{" past its facade: os.environ printed (round 63)
import dataclasses
import logging


@dataclasses.dataclass
class Holder:
    fmt: logging.Formatter = None


def helper():
    return 0


for fld in dataclasses.fields(Holder):
    make = fld.type
    fm = make("{x.__globals__[logging].os.environ}", style="{")
    h = logging.StreamHandler()
    h.setFormatter(fm)
    lg = logging.Logger("demo")
    lg.addHandler(h)
    lg.warning("hello", extra={"x": helper})
