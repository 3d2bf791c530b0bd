# Hash strings with hashlib, check a small file-integrity manifest, and
# hash many items in a thread pool.
import hashlib
from concurrent.futures import ThreadPoolExecutor


def sha256(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


print(sha256(""))
print(sha256("hello world"))
print(hashlib.md5(b"hello world").hexdigest())
print(hashlib.sha1(b"hello world").hexdigest())

h = hashlib.sha256()
for chunk in ["hello", " ", "world"]:
    h.update(chunk.encode())
print("incremental equals one-shot:", h.hexdigest() == sha256("hello world"))

documents = {"readme.txt": "Read me first.", "notes.txt": "Remember the milk.", "todo.txt": "1. write tests"}
manifest = {name: sha256(body) for name, body in documents.items()}
documents["notes.txt"] = "Remember the milk!"
for name in sorted(documents):
    status = "ok" if sha256(documents[name]) == manifest[name] else "CHANGED"
    print(f"{name:<11} {manifest[name][:12]} {status}")

words = [f"item-{i}" for i in range(20)]
with ThreadPoolExecutor(max_workers=4) as pool:
    digests = list(pool.map(sha256, words))
print(digests[0][:16], digests[-1][:16])
print("leading zero digests:", sum(d.startswith("0") for d in digests))
print(hashlib.blake2b(b"data", digest_size=8).hexdigest())
