# expect: accept
# why: reading stdin with input()
n = int(input())
numbers = list(map(int, input().split()))
print(sum(numbers[:n]), max(numbers), min(numbers))
