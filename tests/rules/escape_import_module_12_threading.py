# expect: reject module_value
# why: threading is imported as a facade now (rules/facades.txt); the module itself is never a value. Was: threads outlive checks
# line: 5
import threading
print(threading)
