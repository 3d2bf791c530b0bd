# The libraries whose C code makes its own system calls: hashes, random and secrets
# (getrandom), zlib, decimal, time and datetime (clocks, the local time zone),
# locale-dependent formatting, json/csv/io, and a library error's traceback with
# its source lines (the library's sources read).
import base64
import binascii
import calendar
import csv
import datetime
import decimal
import fractions
import hashlib
import io
import json
import random
import secrets
import statistics
import struct
import sys
import time
import traceback
import unicodedata
import zlib

data = b"safe-exec " * 1000
for name in ("md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b", "blake2s"):
    print(name, hashlib.new(name, data).hexdigest()[:16])
print("pbkdf2", hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex()[:16])
print("shake", hashlib.shake_128(data).hexdigest(8))
rnd = random.Random(42)
print("random", rnd.randint(1, 100), rnd.random() < 1, rnd.sample(range(10), 3))
random.seed()
print("random fresh", 0 <= random.random() < 1, len(random.randbytes(8)))
print("secrets", len(secrets.token_bytes(16)), len(secrets.token_hex(8)),
      secrets.randbelow(10) < 10, isinstance(secrets.SystemRandom().random(), float))
z = zlib.compress(data, 9)
print("zlib", len(z), zlib.decompress(z) == data, zlib.crc32(data), zlib.adler32(data))
c = zlib.compressobj(wbits=-15)
raw = c.compress(data) + c.flush()
print("zlib raw", zlib.decompressobj(wbits=-15).decompress(raw) == data)
decimal.getcontext().prec = 50
print("decimal", decimal.Decimal(1) / decimal.Decimal(7))
with decimal.localcontext() as ctx:
    ctx.prec = 5
    print("decimal local", decimal.Decimal(2).sqrt())
print("fractions", fractions.Fraction(3, 4) + fractions.Fraction(1, 6))
print("statistics", statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]))
print("struct", struct.pack("<iHd", 1, 2, 3.5).hex())
print("base64", base64.b64encode(b"hello").decode(), binascii.hexlify(b"\x01\xff"))
print("unicodedata", unicodedata.name("\u00e9"), unicodedata.normalize("NFD", "\u00e9").encode())
t0 = time.monotonic()
time.sleep(0.002)
print("clocks", time.monotonic() >= t0, time.perf_counter() > 0, time.process_time() >= 0,
      time.thread_time() >= 0, time.time() > 1e9, time.monotonic_ns() > 0)
lt = time.localtime()
print("localtime", lt.tm_year > 2000, time.strftime("%Y", time.gmtime(0)),
      len(time.strftime("%c %x %X %Z", lt)) > 0, time.tzname is not None)
print("mktime", time.mktime(time.localtime(86400 * 365)) > 0)
print("strptime", time.strptime("2024-02-29", "%Y-%m-%d").tm_yday)
now = datetime.datetime.now()
print("datetime", now.year > 2000, datetime.datetime.now(datetime.timezone.utc).tzinfo,
      datetime.datetime.fromtimestamp(0, datetime.timezone.utc).isoformat())
print("astimezone", datetime.datetime(2024, 6, 15, tzinfo=datetime.timezone.utc).astimezone().year)
print("strptime dt", datetime.datetime.strptime("2024-03-01 12:30", "%Y-%m-%d %H:%M"))
print("calendar", calendar.monthrange(2024, 2), calendar.isleap(2024))
print(calendar.month(2024, 2))
print("format", format(1234567.891, ",.2f"), format(1234567, "n"), "%.3e" % 12345.678)
print("upper", "stra\u00dfe".upper(), "\u0130".lower().encode())
buf = io.StringIO()
w = csv.writer(buf)
w.writerows([["a", "b"], [1, "x,y"], [2, 'q"uote']])
print("csv", list(csv.reader(io.StringIO(buf.getvalue()))))
print("dictreader", list(csv.DictReader(io.StringIO("k,v\n1,2\n"))))
doc = json.dumps({"b": [1, 2.5, None], "a": "\u00e9"}, sort_keys=True, indent=1)
print("json", json.loads(doc) == {"b": [1, 2.5, None], "a": "\u00e9"}, len(doc))
bio = io.BytesIO()
bio.write(b"abc")
print("bytesio", bio.getvalue(), io.TextIOWrapper(io.BytesIO(b"x\ny\n")).readlines())
try:
    json.loads("{")
except json.JSONDecodeError:
    tb = traceback.format_exc()
    print("traceback", "json/decoder.py" in tb, "obj, end = self.scan_once(s, idx)" in tb)
try:
    decimal.Decimal("x")
except decimal.InvalidOperation:
    print("decimal error", len(traceback.format_exc()) > 0)
print("stderr write", sys.stderr.write("to stderr\n"))
