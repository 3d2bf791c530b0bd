# Codecs and mappingproxy as honest programs use them, through the seventeenth
# round's guards: library codecs with no fast path (their decode now wrapped by
# the wall), codecs.decode/encode of bytes-to-bytes and text codecs, getdecoder,
# a non-text codec refused by bytes.decode; mappingproxy ==, !=, | and the
# ordering error against dicts, other proxies, an OrderedDict and a Mapping with
# no copy(); a buffered reader over a BytesIO.
import sys, types, collections, io
codecs = sys.modules["codecs"]
print(b"caf\xe9".decode("cp1252"), str(bytearray(b"abc"), "cp1252"), b"\x00a".decode("utf-16-be"))
print(codecs.decode(b"6869", "hex"), codecs.encode("abc", "rot13"), codecs.lookup("latin-1").name)
print(codecs.getdecoder("cp1252")(b"ab"), codecs.lookup("cp437").decode(b"x"))
try:
    b"x".decode("hex")
except LookupError as e:
    print("LookupError", e)
p = types.MappingProxyType({"a": 1})
print(p == {"a": 1}, p != {"a": 2}, p == types.MappingProxyType({"a": 1}), {"a": 1} == p)
print(p == collections.OrderedDict(a=1), p | {"b": 2}, {"b": 2} | p, p | p)
try:
    p < {}
except TypeError as e:
    print("TypeError", e)
print(int.__dict__ == int.__dict__, type(io.BytesIO.__dict__ == 3))
class M:
    def keys(s): return s.d.keys()
    def __init__(s, d): s.d = d
    def __getitem__(s, k): return s.d[k]
    def __iter__(s): return iter(s.d)
    def __len__(s): return len(s.d)
print(types.MappingProxyType(M({"x": 1})) == {"x": 1})
print(io.BufferedReader(io.BytesIO(b"hello")).read())
