# expect: accept
# why: sys facade: fast input, stdout.write, exit, maxsize, recursion limit
import sys
sys.setrecursionlimit(10000)
data = sys.stdin.read().split()
line = sys.stdin.readline()
sys.stdout.write(f"{len(data)} {sys.maxsize > 0} {sys.version_info[0]}\n")
print("err", file=sys.stderr)
if not data:
    sys.exit(0)
