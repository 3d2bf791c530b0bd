# expect: accept
def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


print([y for y in range(1896, 1920) if is_leap(y)], is_leap(2000), is_leap(1900))
