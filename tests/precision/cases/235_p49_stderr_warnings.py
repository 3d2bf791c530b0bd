import sys
import warnings

def old_api(x):
    warnings.warn("old_api is deprecated; use new_api", DeprecationWarning, stacklevel=2)
    return x * 2

def risky_ratio(a, b):
    if b == 0:
        warnings.warn("division by zero, returning inf", RuntimeWarning)
        return float("inf")
    return a / b

warnings.simplefilter("always")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api(2)
    risky_ratio(1, 0)
print("caught:", [(w.category.__name__, str(w.message)) for w in caught])

print("progress 50%", file=sys.stderr)
sys.stderr.write("progress 100%\n")
print(risky_ratio(3, 4))
warnings.filterwarnings("ignore", category=RuntimeWarning)
print(risky_ratio(1, 0))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        old_api(1)
    except DeprecationWarning as w:
        print("as error:", w)
sys.stdout.flush()
