# expect: reject store
# line: 21
# why: session 28: a coroutine returning self hands the instance to whoever drives it (asyncio.run): an instance reaching csv.DictWriter.writerow (which calls row.get(key, restval=sys.argv) by name), then unittest.main() reads the name pushed into sys.argv and prints os.environ (verified under python3.11)
import csv
import io
import logging
import sys
import unittest

out = io.StringIO()
w = csv.DictWriter(out, ["a"], restval=sys.argv, extrasaction="ignore")

import asyncio


class Row:
    def keys(self):
        return []

    def get(self, k, d):
        d.append("logging.os.environ")
        return ""

    async def me(self):
        return self


w.writerow(asyncio.run(Row().me()))
unittest.main(exit=False)
