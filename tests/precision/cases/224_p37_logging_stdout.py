import logging
import sys

logging.basicConfig(
    stream=sys.stdout,
    level=logging.DEBUG,
    format="%(levelname)-8s %(name)s: %(message)s",
)
log = logging.getLogger("etl")

def parse_row(row):
    log.debug("parsing %r", row)
    name, qty = row.split(",")
    return name.strip(), int(qty)

rows = ["apple, 3", "pear, x", "plum, 5", "bad"]
good = []
for r in rows:
    try:
        good.append(parse_row(r))
    except ValueError as e:
        log.warning("skipping %r: %s", r, e)
log.info("loaded %d of %d rows", len(good), len(rows))

child = logging.getLogger("etl.load")
child.setLevel(logging.INFO)
child.debug("hidden")
child.info("child info %s", good)

class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))

h = ListHandler()
h.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
audit = logging.getLogger("audit")
audit.addHandler(h)
audit.propagate = False
audit.error("disk %s%% full", 93)
print(h.records)
try:
    1 / 0
except ZeroDivisionError:
    log.exception("division failed")
