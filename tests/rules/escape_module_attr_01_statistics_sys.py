# expect: reject module_attribute
# why: statistics imports sys
# line: 5
import statistics
print(statistics.sys.modules['os'])
