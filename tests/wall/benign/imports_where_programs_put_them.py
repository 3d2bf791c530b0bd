# Imports inside functions, from-imports of submodules, and the modules the
# interpreter's C code imports at first use (time.strptime's _strptime, the codecs
# str.encode looks up by name): each is loaded before the program runs.
def parse_day(text):
    import time
    return time.strptime(text, "%Y-%m-%d").tm_yday


def pool_sum(values):
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(max_workers=2) as ex:
        return sum(ex.map(abs, values))


class Report:
    def render(self, rows):
        import json
        import textwrap
        return textwrap.indent(json.dumps(rows, sort_keys=True), "  ")


async def later(x):
    import asyncio
    await asyncio.sleep(0)
    return x * 2


def run_async():
    import asyncio
    return asyncio.run(later(21))


print(parse_day("2024-03-01"))
print(pool_sum([-1, -2, 3]))
print(Report().render({"b": 1, "a": [1, 2]}))
print(run_async())
word = "caf\u00e9"
print(word.encode("utf-16-le"), bytearray(word, "cp1252"), str(b"\xe9t\xe9", "latin-1"))
from urllib.parse import quote
print(quote("a b/c"))
