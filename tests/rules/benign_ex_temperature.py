# expect: accept
def c_to_f(c):
    return c * 9 / 5 + 32


def f_to_c(f):
    return (f - 32) * 5 / 9


for c in range(-10, 41, 10):
    print(f"{c:>4} C = {c_to_f(c):6.1f} F")
print(round(f_to_c(98.6), 1))
