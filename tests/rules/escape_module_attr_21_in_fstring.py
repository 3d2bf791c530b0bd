# expect: reject module_attribute
# why: inside an f-string
# line: 5
import statistics
print(f"{statistics.sys}")
