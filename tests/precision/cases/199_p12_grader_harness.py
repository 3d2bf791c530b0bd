import traceback

def student_fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)

def student_reverse(s):
    return s[::-1]

def student_median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]   # bug: even lengths

CASES = [
    (student_fizzbuzz, (3,), "Fizz"),
    (student_fizzbuzz, (10,), "Buzz"),
    (student_fizzbuzz, (30,), "FizzBuzz"),
    (student_fizzbuzz, (7,), "7"),
    (student_reverse, ("abc",), "cba"),
    (student_reverse, ("",), ""),
    (student_median, ([3, 1, 2],), 2),
    (student_median, ([4, 1, 2, 3],), 2.5),
    (student_median, ([],), None),
]

score = 0
for i, (fn, args, expected) in enumerate(CASES, 1):
    try:
        got = fn(*args)
    except Exception as exc:
        tb = traceback.format_exception_only(type(exc), exc)
        print(f"case {i:2d} {fn.__name__}: ERROR {tb[-1].strip()}")
        continue
    ok = got == expected
    score += ok
    status = "ok" if ok else f"FAIL expected {expected!r} got {got!r}"
    print(f"case {i:2d} {fn.__name__}{args}: {status}")
print(f"score: {score}/{len(CASES)} = {100 * score / len(CASES):.1f}%")
