# expect: accept
import hashlib

files = {"a.txt": b"alpha", "b.txt": b"beta", "c.txt": b"alpha"}
digests = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
dupes = {}
for name, d in digests.items():
    dupes.setdefault(d, []).append(name)
print([names for names in dupes.values() if len(names) > 1])
h = hashlib.sha1()
for chunk in (b"par", b"tial"):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha1(b"partial").hexdigest(), hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex()[:16])
