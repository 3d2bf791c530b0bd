# expect: accept
# why: input = sys.stdin.readline at module level: where a read finds the builtin input instead, it answers new text as the method does
import sys

input = sys.stdin.readline
n = int((input() + " 2").split()[-1])
sizes = [1] * n
for i in range(n):
    a, b = map(int, (input() + " 1 2").split()[-2:])
    sizes[i] += a + b
print(sizes)
