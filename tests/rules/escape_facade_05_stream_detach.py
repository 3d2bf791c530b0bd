# expect: reject attribute
# why: detach() hands out the raw file too, an io.FileIO whose class opens any path
# line: 5
import sys
raw = sys.stdin.buffer.detach()
print(type(raw)("/etc/passwd").read().decode())
