# printing to stderr, sys.stderr.write, and sys.exit with a message / uncaught exception
import sys

def warn(msg):
    sys.stderr.write(f"warning: {msg}\n")

total = 0
for token in "4 8 x 15 16 ? 23 42".split():
    if token.isdigit():
        total += int(token)
    else:
        warn(f"ignored token {token!r}")
print("total =", total)
print("this line goes to stdout")
print("this line goes to stderr", file=sys.stderr)
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
if total != 108:
    sys.exit("unexpected total")
data = {"a": 1}
print("about to fail")
print(data["b"])
