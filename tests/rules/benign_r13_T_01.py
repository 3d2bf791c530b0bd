# expect: accept
# why: a grading harness prints the traceback of a failing check: traceback.format_exc() and print_exc() (limit, chain, file=sys.stderr) on the exception being handled
import sys
import traceback


def check(name, fn):
    try:
        fn()
        print(f"PASS {name}")
        return True
    except AssertionError:
        print(f"FAIL {name}")
        traceback.print_exc(file=sys.stderr, limit=2)
    except Exception:
        text = traceback.format_exc()
        print(f"ERROR {name}: {text.strip().splitlines()[-1]}")
        traceback.print_exc(chain=False)
    return False


def ok():
    assert sorted([3, 1, 2]) == [1, 2, 3]


def bad():
    assert sum([1, 2]) == 4, "sum is wrong"


def boom():
    return {}["missing"]


results = [check("ok", ok), check("bad", bad), check("boom", boom)]
print(f"{sum(results)}/{len(results)} passed")
