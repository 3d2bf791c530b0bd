# expect: accept
# why: input = sys.stdin.readline at module level: where a read finds the builtin input instead, it answers new text as the method does
import sys

input = sys.stdin.readline
n = int(input())
sizes = [1] * n
for i in range(n):
    a, b = map(int, input().split())
    sizes[i] += a + b
print(sizes)
