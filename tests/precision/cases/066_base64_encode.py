# Binary data round trips: base64, hex, and a packed record with struct.
import base64
import binascii
import struct

message = "Hello, sandbox! ✓"
raw = message.encode("utf-8")
print(len(message), "characters,", len(raw), "bytes")
b64 = base64.b64encode(raw)
print(b64.decode())
print(base64.b64decode(b64).decode("utf-8") == message)
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe data").decode())
print(base64.b32encode(b"abc").decode(), base64.b16encode(b"abc").decode())
print(raw.hex(), bytes.fromhex("48656c6c6f").decode())
print(binascii.crc32(raw))

record = struct.pack("<HIf8s", 7, 123456, 2.5, b"sensor")
print(len(record), base64.b64encode(record).decode())
ident, count, value, name = struct.unpack("<HIf8s", record)
print(ident, count, value, name.rstrip(b"\0").decode())

token = base64.b64encode(b"user:secret").decode()
print("Authorization: Basic " + token)
user, _, password = base64.b64decode(token).decode().partition(":")
print(user, len(password))
