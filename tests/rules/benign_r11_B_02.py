# expect: accept
# why: eleventh red team (11a), family B: hooks inherited from or mixed into a library subclass that only read their parameters stay allowed

import json
import logging


class Tagged:
    def describe(self, prefix):
        return prefix + ":" + type(self).__name__

    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return str(o)


class Base(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []


class Collect(Base):
    def emit(self, record):
        self.lines.append(record.getMessage())


class Enc(Tagged, json.JSONEncoder):
    pass


log = logging.getLogger("bench")
h = Collect()
log.addHandler(h)
log.warning("one %s", 1)
print(h.lines, Enc().encode({"s": {2, 1}}), Enc().describe("enc"))
