"""Honest use of what the fourteenth round's guards touch (image/README.md, "A
callable freed during its own call"): defaultdicts made, their factory set, read and
deleted, copied and pickled the library's way; properties, staticmethods and
classmethods made by decorators, subclasses and getter/setter chains; struct's
Struct made, subclassed and used by pack, pack_into, unpack_from and iter_unpack, the
module functions' cache; csv read and written, DictReader/DictWriter, a Sniffer;
exceptions' str and repr; a codec looked up by name; io's buffered and text wrappers
made over BytesIO. Same output under plain python3 and in the sandbox.

Their cost on heavy honest use is in image/README.md (the same section): a loop of
each of these operations timed with time.process_time() under build/sb-run.
"""
import collections
import copy
import csv
import io
import struct


class Node:
    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v = value

    @staticmethod
    def twice(x):
        return 2 * x

    @classmethod
    def make(cls, v):
        return cls(v)


class Typed(property):
    """A property subclass whose __init__ calls property's once."""
    def __init__(self, fget, kind):
        super().__init__(fget)
        self.kind = kind


class Box:
    size = Typed(lambda self: 3, "int")


n = Node.make(4)
n.v = n.v + Node.twice(5)
print("property/staticmethod/classmethod:", n.v, Box().size, Box.size.kind)

dd = collections.defaultdict(list)
for word in "the quick brown fox jumps over the lazy dog the end".split():
    dd[word[0]].append(word)
dd.default_factory = int
dd["count"] += 3
dd.default_factory = None
try:
    dd["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
del dd.default_factory
print("defaultdict:", sorted(dd.items())[:3], dd.default_factory)
dd2 = collections.defaultdict(set, {"a": {1}})
dd3 = copy.deepcopy(dd2)
dd3["b"].add(2)
print("copies:", dict(dd2), dict(dd3), type(dd2.copy()).__name__)


class Record(struct.Struct):
    def __init__(self):
        super().__init__("<hi")


s = struct.Struct("<Ih")
buf = bytearray(s.size * 3)
for i in range(3):
    s.pack_into(buf, i * s.size, i * 1000, -i)
print("struct:", [s.unpack_from(buf, i * s.size) for i in range(3)],
      list(s.iter_unpack(bytes(buf))), struct.pack(">Q", 7).hex(),
      struct.unpack("<hi", Record().pack(1, 2)), Record().format, s.format,
      struct.calcsize("<hi"))

out = io.StringIO()
w = csv.writer(out)
w.writerow(["a", "b,c", 'd"e'])
w.writerows([[1, 2, 3], [None, 4.5, "x"]])
text = out.getvalue()
print("csv:", list(csv.reader(io.StringIO(text))))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["x", "y"])
dw.writeheader()
dw.writerows([{"x": 1, "y": 2}, {"x": 3, "y": 4}])
print("dict csv:", [dict(r) for r in csv.DictReader(io.StringIO(out.getvalue()))],
      csv.Sniffer().sniff("a;b;c\n1;2;3\n").delimiter)

for e in (ValueError("bad", 1), KeyError("k"), RuntimeError(), OSError(2, "no file"),
          ZeroDivisionError([1, 2]), StopIteration(5)):
    print("exception:", type(e).__name__, str(e), repr(e))

print("codec:", "x".encode("latin-1"), "x".encode("utf-16-le"), b"\xe9".decode("cp1252"))

raw = io.BytesIO(b"line one\nline two\n")
reader = io.BufferedReader(raw)
text = io.TextIOWrapper(reader, encoding="utf-8")
print("io:", text.readline().strip(), text.read().strip())
