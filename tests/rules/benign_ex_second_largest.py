# expect: accept
def second_largest(xs):
    first = second = None
    for x in xs:
        if first is None or x > first:
            first, second = x, first
        elif x != first and (second is None or x > second):
            second = x
    return second


print(second_largest([4, 1, 9, 9, 7]), second_largest([5]), second_largest([2, 2, 1]))
