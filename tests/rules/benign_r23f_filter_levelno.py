# expect: accept
# why: a plain function given to addFilter only reads record.levelno; the record may
#   hold anything the library holds, and reading it changes nothing.
import logging

seen = []


def only_warnings(record):
    seen.append(record.levelno)
    return record.levelno >= logging.WARNING


lg = logging.getLogger("benign")
lg.addFilter(only_warnings)
lg.warning("disk %s", "full")
print(seen)
