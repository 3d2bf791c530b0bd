# expect: accept
def mandel(c, limit=30):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit


for y in range(-10, 11, 2):
    print("".join(" .:-=+*#%@"[min(mandel(complex(x / 20, y / 10)), 29) // 3] for x in range(-40, 11)))
