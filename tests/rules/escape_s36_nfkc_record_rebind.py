# expect: reject method
# line: 15
# why: a handler rebinding its record under a spelling CPython folds (NFKC) to `record`: the rule that the record parameter is never rebound compared raw text (round 60)
import logging


class Rec:
    def getMessage(self):
        return "forged record reached Formatter.format"


class H(logging.StreamHandler):
    def emit(self, record):
        ｒｅｃｏｒｄ = Rec()
        super().emit(record)


log = logging.getLogger("a")
log.addHandler(H())
log.error("hi")
