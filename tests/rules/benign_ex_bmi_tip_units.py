# expect: accept
def bmi(weight_kg, height_m):
    value = weight_kg / height_m ** 2
    category = "under" if value < 18.5 else "normal" if value < 25 else "over"
    return round(value, 1), category


def split_bill(total, people, tip=0.15):
    return round(total * (1 + tip) / people, 2)


CONVERSIONS = {("km", "mi"): 0.621371, ("kg", "lb"): 2.20462, ("l", "gal"): 0.264172}


def convert(value, src, dst):
    if (src, dst) in CONVERSIONS:
        return value * CONVERSIONS[(src, dst)]
    return value / CONVERSIONS[(dst, src)]


print(bmi(70, 1.75), split_bill(120, 4), round(convert(10, "km", "mi"), 2), round(convert(22, "lb", "kg"), 2))
