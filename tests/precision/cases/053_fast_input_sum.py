# Competitive-programming style: fast input with sys.stdin.readline,
# answer range-sum queries with prefix sums, write with sys.stdout.write.
import sys

input = sys.stdin.readline


def main():
    n, q = map(int, input().split())
    values = list(map(int, input().split()))
    assert len(values) == n
    prefix = [0]
    for v in values:
        prefix.append(prefix[-1] + v)
    out = []
    for _ in range(q):
        l, r = map(int, input().split())
        out.append(str(prefix[r] - prefix[l - 1]))
    sys.stdout.write("\n".join(out) + "\n")
    sys.stdout.write(f"total={prefix[-1]} max={max(values)}\n")


main()
