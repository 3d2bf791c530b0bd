# expect: accept
import hashlib
import secrets


def xor_cipher(data: bytes, key: bytes) -> bytes:
    return bytes(b ^ key[i % len(key)] for i, b in enumerate(data))


def checksum(data: bytes) -> int:
    return sum(data) % 256


def rolling_hash_find(text, pattern, base=256, mod=1_000_000_007):
    m = len(pattern)
    target = cur = 0
    high = pow(base, m - 1, mod)
    for i in range(m):
        target = (target * base + ord(pattern[i])) % mod
        cur = (cur * base + ord(text[i])) % mod
    hits = []
    for i in range(len(text) - m + 1):
        if cur == target and text[i:i + m] == pattern:
            hits.append(i)
        if i + m < len(text):
            cur = ((cur - ord(text[i]) * high) * base + ord(text[i + m])) % mod
    return hits


key = b"k3y"
secret = xor_cipher(b"attack at dawn", key)
print(xor_cipher(secret, key), checksum(b"hello"), rolling_hash_find("abracadabra", "abra"))
print(hashlib.blake2b(b"data", digest_size=8).hexdigest(), len(secrets.token_urlsafe(16)) > 0)
