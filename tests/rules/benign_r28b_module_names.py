# expect: accept
# why: round 28b look-alike: modules imported once at the top and once as another name in a def, read as modules everywhere; parameters named for what they hold
import string
import typing


def is_palindrome(text: str) -> bool:
    s = "".join(ch for ch in text.lower() if ch in string.ascii_lowercase)
    return s == s[::-1]


def first(items: typing.List[int]) -> typing.Optional[int]:
    return items[0] if items else None


def area(r):
    import math as m
    return m.pi * r * r


import math
print(is_palindrome("Never odd or even"), first([3, 4]), round(area(1), 3), math.sqrt(9))
