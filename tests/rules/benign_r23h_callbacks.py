# expect: accept
# why: callbacks handed through names and a duck-typed filter that only read what they are given; a helper that mutates its own list
import asyncio
import logging


class OnlyWarnings:
    def filter(self, rec):
        return rec.levelno >= logging.WARNING


def install(lg, cb):
    lg.addFilter(cb)


def tally(counts, word):
    counts.append(word)
    return counts


seen = []
lg = logging.getLogger("b")
install(lg, lambda rec: seen.append(rec.levelno) or True)
lg.addFilter(OnlyWarnings())
lg.info("hidden")
lg.warning("shown %s", "once")
words = tally([], "a")
tally(words, "b")


async def job():
    return 41


async def main():
    t = asyncio.create_task(job())
    t.add_done_callback(lambda tt: seen.append(tt.result() + 1))
    await t
    await asyncio.sleep(0)


asyncio.run(main())
print(seen, words)
