#!/usr/bin/env python3
"""The runtime wall's cost, measured inside the sandbox image's interpreter.

Runs each program many times the way the runner does (a fresh __main__ module, the
program's code exec'd in it), first without the wall, then with the wall armed and
its hook added (the hook cannot be removed, hence the order), and prints the median
CPU time per run (time.process_time: on a busy machine wall-clock time made the
CPU-heavy program look 3.6x slower with the wall, 33 against 120 ms, where its CPU
time is 9.3 against 9.5 ms). Run it with scripts/wall-cost.sh (it needs the image's
entrypoint).

usage: cost.py [RUNS]
"""
import io
import os
import statistics
import sys
import time
import types

sys.path.insert(0, "/usr/local/lib/safe-exec")
import entrypoint  # noqa: E402  (the image's own file: wall_load, wall_arm)

PROGRAMS = {
    'print("hi")': 'print("hi")\n',
    "CPU-heavy (primes, sort, dict)": """
def primes(n):
    sieve = bytearray([1]) * (n + 1)
    sieve[0:2] = b"\\0\\0"
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytearray(len(sieve[i * i::i]))
    return [i for i, v in enumerate(sieve) if v]
ps = primes(200000)
d = {}
for p in ps:
    d[p % 1000] = d.get(p % 1000, 0) + p
words = sorted(str(p)[::-1] for p in ps)
print(len(ps), sum(d.values()), words[:3])
""",
    "events (id(), class attribute writes)": """
class C:
    n = 0
for i in range(20000):
    C.n = id(i)
print(C.n > 0)
""",
    # The sixteenth round's guards (image/README.md, "Pointers lent to the
    # program's code"), each on heavy honest use.
    "BytesIO: 100 000 writes, 100 000 readintos": """
import io
b = io.BytesIO()
for i in range(100000):
    b.write(b"abcdefgh")
b.seek(0)
buf = bytearray(8)
for i in range(100000):
    b.readinto(buf)
print(len(b.getvalue()))
""",
    "io: 200 buffered/text streams, 40 000 lines": """
import io
data = "".join("line %d\\n" % i for i in range(200)).encode()
n = 0
for i in range(200):
    n += len(io.TextIOWrapper(io.BytesIO(data), encoding="utf-8").readlines())
    br = io.BufferedReader(io.BytesIO(data), 64)
    while br.read(16):
        n += 1
print(n)
""",
    "RawIOBase subclass: 20 000 read() calls": """
import io
class R(io.RawIOBase):
    def readable(self):
        return True
    def readinto(self, b):
        b[:4] = b"data"
        return 4
r = R()
print(sum(len(r.read(4)) for i in range(20000)))
""",
    "array: extend 300 000, tofile 2.4 MB": """
from array import array
import io
a = array("d")
a.extend(range(200000))
a.extend(float(i) for i in range(100000))
f = io.BytesIO()
a.tofile(f)
print(len(f.getvalue()))
""",
    "memoryview: 100 000 ==, 20 000 hex(sep)": """
m = memoryview(b"abcdefgh")
n = memoryview(bytearray(b"abcdefgh"))
c = 0
for i in range(100000):
    c += m == n
print(c, len([m.hex(":") for i in range(20000)]))
""",
    "asyncio: 2 000 tasks gathered": """
import asyncio
async def one(i):
    await asyncio.sleep(0)
    return asyncio.current_task() is not None
async def main():
    return sum(await asyncio.gather(*(one(i) for i in range(2000))))
print(asyncio.run(main()))
""",
}


def run_once(code, armed):
    module = types.ModuleType("__main__")
    if armed:
        own = dict(__builtins__.__dict__)
        own.update(armed[2])
        module.__builtins__ = own
        armed[1][0], armed[1][1], armed[1][2] = code, 0, module.__dict__
    else:
        module.__builtins__ = __builtins__
    t = time.process_time()
    exec(code, module.__dict__)
    return time.process_time() - t


def measure(runs, armed, codes):
    out = {}
    real = sys.stdout
    for name, code in codes.items():
        times = []
        for _ in range(runs):
            sys.stdout = io.StringIO()
            try:
                times.append(run_once(code, armed))
            finally:
                sys.stdout = real
        out[name] = statistics.median(times)
    return out


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    # A refusal's proof goes to a page nobody reads (no program here is refused).
    # Loaded before arming, so that the wall adopts them as a program's import would.
    import array  # noqa: F401
    import asyncio  # noqa: F401
    wall = entrypoint.wall_load(entrypoint.proof_page(), os.urandom(16))
    armed = entrypoint.wall_arm(wall)
    t = time.perf_counter()
    for _ in range(1000):
        own = dict(__builtins__.__dict__)
        own.update(armed[2])
    setup_us = (time.perf_counter() - t) * 1000
    codes = {name: compile(src, "main.py", "exec") for name, src in PROGRAMS.items()}
    measure(max(runs // 5, 3), None, codes)  # warm-up: caches, allocator arenas
    before = measure(runs, None, codes)
    sys.addaudithook(armed[0])
    after = measure(runs, armed, codes)
    print("median of %d runs in one interpreter (the image's python3 %s)"
          % (runs, sys.version.split()[0]))
    print("%-40s %12s %12s %10s" % ("program", "no wall", "wall", "difference"))
    for name in PROGRAMS:
        b, a = before[name], after[name]
        print("%-40s %9.1f us %9.1f us %+7.1f us" % (name, b * 1e6, a * 1e6, (a - b) * 1e6))
    print("per-run setup of the wall (the program's builtins): %.1f us" % setup_us)


if __name__ == "__main__":
    main()
