# expect: accept
def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def is_power_of_two(n):
    return n > 0 and n & (n - 1) == 0


def reverse_bits(n, width=8):
    return int(f"{n:0{width}b}"[::-1], 2)


a, b = 12, 25
a ^= b
b ^= a
a ^= b
print(popcount(255), [n for n in range(70) if is_power_of_two(n)], reverse_bits(0b00010110), a, b, (5).bit_length())
