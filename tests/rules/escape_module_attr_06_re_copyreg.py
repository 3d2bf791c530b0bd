# expect: reject module_attribute
# why: re imports copyreg
# line: 5
import re
print(re.copyreg)
