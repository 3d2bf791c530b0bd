# expect: accept
# why: copy.copy of a list display is a builtin container's own copy();
#   copy.copy of other objects stays refused (rules/README.md, section 1)
# why: a tour of the allowed standard modules
import base64
import binascii
import colorsys
import copy
import difflib
import hashlib
import keyword
import pprint
import reprlib
import secrets
import struct
import textwrap
import unicodedata
import zlib

print(base64.b64encode(b"hello").decode(), binascii.hexlify(b"\x01\xff"))
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4))
nested = {"a": [1, 2, {"b": 3}]}
clone = copy.deepcopy(nested)
clone["a"][2]["b"] = 99
print(nested["a"][2]["b"], copy.copy([1, 2]))
print(list(difflib.unified_diff(["a", "b"], ["a", "c"], lineterm="")))
print(difflib.SequenceMatcher(None, "kitten", "sitting").ratio())
print(hashlib.sha256(b"abc").hexdigest()[:16], hashlib.md5(b"").hexdigest()[:8])
print(keyword.iskeyword("lambda"), keyword.iskeyword("print"))
pprint.pprint({"z": list(range(3)), "a": {"nested": True}}, width=30)
print(reprlib.repr(list(range(100))))
print(len(secrets.token_hex(8)))
print(struct.unpack("<HI", struct.pack("<HI", 7, 65536)))
print(textwrap.fill("word " * 12, width=30))
print(textwrap.dedent("    indented\n    text"))
print(unicodedata.name("é"), unicodedata.normalize("NFKC", "ﬁ"))
print(len(zlib.compress(b"a" * 1000)) < 100, zlib.crc32(b"abc"))
