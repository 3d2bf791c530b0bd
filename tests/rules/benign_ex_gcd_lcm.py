# expect: accept
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def lcm(a, b):
    return a // gcd(a, b) * b


from functools import reduce

print(gcd(84, 36), lcm(4, 6), reduce(lcm, range(1, 21)))
