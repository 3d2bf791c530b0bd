# expect: accept
# why: bytes and text encodings as data (not source encodings)
import base64
import binascii
import zlib

text = "Grüße, 世界"
raw = text.encode("utf-8")
print(len(text), len(raw), raw.decode("utf-8") == text, text.encode("utf-16-le")[:4])
print(base64.urlsafe_b64encode(raw), base64.b32encode(b"hi"), base64.b16decode(b"4869"))
print(binascii.crc32(raw), zlib.decompress(zlib.compress(raw)) == raw, raw.hex()[:12])
print(bytes(range(5)), bytearray(b"abc").upper(), b"a,b".split(b","), "ÿ".encode("latin-1"))
