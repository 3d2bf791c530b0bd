# expect: accept
# why: eleventh red team (11b), family C: child loggers of the program's own names (set up, written), and the library's enum members used as values, stay allowed

import logging
import re

logging.basicConfig(level=logging.INFO, format="%(name)s %(message)s")
app = logging.getLogger("app")
db = app.getChild("db")
db.setLevel(logging.DEBUG)
db.info("connected")
mine = logging.getLogger(__name__).getChild("worker")
mine.propagate = True
mine.info("started")
logging.getLogger("app").getChild("cache").disabled = False
pattern = re.compile(r"a+", re.RegexFlag(2) | re.MULTILINE)
print(bool(pattern.match("AAA")), re.RegexFlag(2).name)
