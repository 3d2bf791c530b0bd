# expect: reject class_value
# line: 18
# why: Field.type read by getattr(fld, "type") (round 64)
import dataclasses
import logging


@dataclasses.dataclass
class Holder:
    fmt: logging.Formatter = None


def helper():
    return 0


for fld in dataclasses.fields(Holder):
    make = getattr(fld, "type")
    fm = make("{x.__globals__[logging].os.environ}", style="{")
    h = logging.StreamHandler()
    h.setFormatter(fm)
    lg = logging.Logger("demo")
    lg.addHandler(h)
    lg.warning("hello", extra={"x": helper})
