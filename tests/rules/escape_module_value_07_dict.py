# expect: reject module_value
# why: dict value
# line: 5
import random
d = {'m': random}
