# expect: reject import
# why: frames and globals
# line: 4
import inspect
print(inspect)
