# expect: reject module_value
# why: returned
# line: 6
import json
def f():
    return json
