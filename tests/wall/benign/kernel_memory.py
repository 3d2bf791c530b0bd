# Big memory: large buffers and their release (mmap, munmap, mremap, brk, madvise),
# lists that grow, and a MemoryError from an allocation far over the limit.
blocks = [bytearray(8 << 20) for _ in range(6)]
print("blocks", sum(len(b) for b in blocks))
del blocks
grow = bytearray()
for _ in range(64):
    grow += b"x" * (256 << 10)
print("grown", len(grow))
del grow
s = "y" * (16 << 20)
print("string", len(s), len(s.replace("y", "zz")))
del s
items = list(range(2_000_000))
print("list", sum(items))
items = None
d = {i: str(i) for i in range(200_000)}
print("dict", len(d))
d.clear()
try:
    bytearray(1 << 40)
except MemoryError:
    print("MemoryError")
try:
    [0] * (1 << 40)
except MemoryError:
    print("MemoryError list")
print("after", len(bytes(1 << 20)))
