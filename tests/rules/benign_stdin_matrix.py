# expect: accept
# why: reading a count, a row of numbers and text from stdin
n = int(input())
rows = [list(map(int, input().split())) for _ in range(1)]
print(n, rows, [sum(r) for r in rows])
line = input()
print(line[::-1], line.title())
