# expect: reject module_attribute
# why: sys facade: sys.modules reaches every loaded module
# line: 5
import sys
sys.modules["os"].system("id")
