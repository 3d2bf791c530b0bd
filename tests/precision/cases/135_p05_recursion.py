# Learner: recursion
import sys
sys.setrecursionlimit(3000)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def hanoi(n, a, b, c, moves):
    if n == 0:
        return
    hanoi(n - 1, a, c, b, moves)
    moves.append((a, c))
    hanoi(n - 1, b, a, c, moves)

def permutations(s):
    if len(s) <= 1:
        return [s]
    result = []
    for i, ch in enumerate(s):
        for p in permutations(s[:i] + s[i + 1:]):
            result.append(ch + p)
    return result

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x

print(fact(20))
moves = []
hanoi(4, "A", "B", "C", moves)
print(len(moves), moves[:5])
print(permutations("abc"))
print(depth(2500))
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError caught")
