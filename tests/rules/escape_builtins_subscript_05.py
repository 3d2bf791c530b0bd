# expect: reject name
# why: the main module's loader imports anything
# line: 4
os = __loader__.load_module('os')
print(os)
