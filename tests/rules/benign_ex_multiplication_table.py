# expect: accept
n = 9
print("    " + "".join(f"{j:4}" for j in range(1, n + 1)))
for i in range(1, n + 1):
    print(f"{i:4}" + "".join(f"{i * j:4}" for j in range(1, n + 1)))
