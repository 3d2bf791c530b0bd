# expect: reject attribute
# why: a stream's raw file is an io.FileIO, whose class opens any path
# line: 5
import sys
print(type(sys.stdin.buffer.raw)("/etc/passwd").read().decode())
