# expect: accept
# why: the honest look-alikes of round 92's formatter slot: setFormatter given logging.Formatter(...), a name bound once to one, a subclass of it and a class of the program's own with a format method; a class of the program's own that names an attribute formatter on self
import logging


class Upper:
    def format(self, record):
        return record.getMessage().upper()


class Bracketed(logging.Formatter):
    def format(self, record):
        return "[" + super().format(record) + "]"


class Table:
    def __init__(self, formatter=str):
        self.formatter = formatter

    def render(self, rows):
        return "\n".join(self.formatter(r) for r in rows)


PLAIN = logging.Formatter("%(levelname)s:%(message)s")
for fmt in (PLAIN, Upper(), Bracketed("%(message)s"), logging.Formatter("$message", style="$")):
    pass
log = logging.getLogger("demo")
log.propagate = False
for made in (logging.StreamHandler(), logging.StreamHandler(), logging.StreamHandler()):
    log.addHandler(made)
hs = log.handlers
hs[0].setFormatter(PLAIN)
hs[1].setFormatter(Upper())
hs[2].setFormatter(Bracketed("%(message)s"))
log.warning("hello")
print(Table(lambda r: f"<{r}>").render([1, 2]))
