# expect: reject format
# why: family D: a field-less f-string's {{ }} become single braces before .format sees them
# line: 5
import random
print(f"{{0.__func__.__globals__[_os].environ}}".format(random.randint))
