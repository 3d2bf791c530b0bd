# expect: reject module_value
# why: sys is imported as a facade now (rules/facades.txt); the module itself is never a value. Was: sys.modules reaches every loaded module
# line: 5
import sys
print(sys)
