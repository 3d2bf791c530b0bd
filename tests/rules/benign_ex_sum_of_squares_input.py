# expect: accept
# why: input() with a prompt
n = int(input("how many? "))
values = [int(v) for v in input("values: ").split()][:n]
print(sum(v * v for v in values), sum(values) ** 2)
