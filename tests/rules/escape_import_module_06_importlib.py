# expect: reject import
# why: imports anything by name
# line: 4
import importlib
print(importlib)
