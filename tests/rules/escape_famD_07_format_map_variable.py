# expect: reject format
# why: family D: format_map on a computed template
# line: 6
import random
t = "{x.__func__.__globals__[_os].environ}"
print(t.format_map({"x": random.randint}))
