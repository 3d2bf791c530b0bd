# A data pipeline that reports through logging configured to write to stdout.
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)-7s %(name)s: %(message)s")
log = logging.getLogger("pipeline")
parse_log = logging.getLogger("pipeline.parse")

RECORDS = ["alice,34,berlin", "bob,notanumber,paris", "carol,29", "dave,41,rome", ",22,oslo"]


def parse(line):
    parts = line.split(",")
    if len(parts) != 3:
        parse_log.warning("wrong field count in %r", line)
        return None
    name, age, city = parts
    if not name:
        parse_log.error("empty name in %r", line)
        return None
    try:
        return {"name": name, "age": int(age), "city": city}
    except ValueError:
        parse_log.error("bad age %r in %r", age, line)
        return None


log.info("starting with %d records", len(RECORDS))
good = []
for i, line in enumerate(RECORDS):
    parse_log.debug("record %d: %s", i, line)
    row = parse(line)
    if row:
        good.append(row)
log.info("kept %d of %d", len(good), len(RECORDS))
logging.getLogger("pipeline.parse").setLevel(logging.WARNING)
parse_log.debug("this debug line is filtered out")
avg = sum(r["age"] for r in good) / len(good)
log.info("average age %.1f", avg)
if len(good) < len(RECORDS):
    log.warning("%d records dropped", len(RECORDS) - len(good))
print("done:", [r["name"] for r in good])
