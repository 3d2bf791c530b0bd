# Standard input through input(), sys.stdin's readline and read, an exception's
# context, KeyboardInterrupt caught, recursion limits, and a clean SystemExit.
import sys

n = int(input())
nums = [int(x) for x in sys.stdin.readline().split()]
rest = sys.stdin.read()
print("stdin", n, sum(nums), repr(rest))
print("eof", repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input()
except EOFError:
    print("input EOFError")
try:
    raise KeyboardInterrupt
except KeyboardInterrupt:
    print("KeyboardInterrupt caught")


def deep(k):
    return 0 if k == 0 else 1 + deep(k - 1)


print("recursion", deep(500))
try:
    deep(10 ** 6)
except RecursionError as e:
    print("RecursionError", type(e).__name__)
old = sys.getrecursionlimit()
sys.setrecursionlimit(5000)
print("deeper", deep(4000))
sys.setrecursionlimit(old)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print("cause", type(e.__cause__).__name__)
sys.stdout.flush()
print("flush and exit")
raise SystemExit(0)
