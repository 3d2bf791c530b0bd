# expect: reject module_attribute
# why: alias resolved
# line: 5
import statistics as s
print(s.sys)
