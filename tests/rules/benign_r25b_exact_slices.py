# expect: accept
# why: colon subscripts only on exact sequences (a repeated display, sorted(),
#   a string literal): their C item methods drop the slice, so the program
#   holds no slice object, and `children[p]` with p read from input stays one
#   level down (the precision corpus's 203 shape)
import sys

input = sys.stdin.readline


def main():
    n = int(input())
    children = [[] for _ in range(n + 1)]
    parents = list(map(int, input().split()))
    for child, p in enumerate(parents, start=2):
        children[p].append(child)
    size = [0] * (n + 1)
    print(*size[1:], sorted(parents)[:2], "abcdef"[::2])
    print(children)


main()
