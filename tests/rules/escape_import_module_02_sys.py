# expect: reject import
# why: sys.modules reaches every loaded module
# line: 4
import sys
print(sys)
