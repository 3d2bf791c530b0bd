# expect: reject import
# why: gc.get_objects reaches every object
# line: 4
import gc
print(gc)
