# expect: reject store
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir (asyncio's logger handle replaced)
# why: family X: logging.getLogger with a name a library module logs under (asyncio) is the library's logger, not the program's.
import asyncio
import logging


def fake(record):
    print("PWNED: asyncio's logger handle replaced:", record.getMessage())


logging.getLogger("asyncio").handle = fake
logging.getLogger("asyncio").error("hello")
