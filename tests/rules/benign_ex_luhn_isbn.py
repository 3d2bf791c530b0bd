# expect: accept
def luhn_ok(number):
    digits = [int(d) for d in str(number)][::-1]
    total = sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])
    return total % 10 == 0


def isbn10_ok(isbn):
    chars = [c for c in isbn if c.isdigit() or c in "Xx"]
    if len(chars) != 10:
        return False
    values = [10 if c in "Xx" else int(c) for c in chars]
    return sum((10 - i) * v for i, v in enumerate(values)) % 11 == 0


def mask(card):
    s = str(card)
    return "*" * (len(s) - 4) + s[-4:]


print(luhn_ok(4539578763621486), luhn_ok(1234567812345678), isbn10_ok("0-306-40615-2"), mask(4539578763621486))
