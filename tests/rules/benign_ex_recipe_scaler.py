# expect: accept
from fractions import Fraction

RECIPE = {"flour": "2 1/4 cup", "sugar": "3/4 cup", "eggs": "2", "butter": "1/2 cup"}


def parse_amount(text):
    parts = text.split()
    qty = sum(Fraction(p) for p in parts if p[0].isdigit())
    unit = " ".join(p for p in parts if not p[0].isdigit())
    return qty, unit


def scale(recipe, factor):
    out = {}
    for item, text in recipe.items():
        qty, unit = parse_amount(text)
        qty *= Fraction(factor)
        whole, rest = divmod(qty, 1)
        out[item] = " ".join(x for x in (str(whole) if whole else "", str(rest) if rest else "", unit) if x)
    return out


print(scale(RECIPE, "3/2"))
