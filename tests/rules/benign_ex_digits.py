# expect: accept
def digit_sum(n):
    return sum(int(d) for d in str(abs(n)))


def reverse_number(n):
    sign = -1 if n < 0 else 1
    return sign * int(str(abs(n))[::-1])


def digital_root(n):
    while n >= 10:
        n = digit_sum(n)
    return n


def is_armstrong(n):
    ds = str(n)
    return n == sum(int(d) ** len(ds) for d in ds)


print(digit_sum(98765), reverse_number(-1200), digital_root(493193), [n for n in range(1, 1000) if is_armstrong(n)])
