# expect: reject module_attribute
# why: sys facade applies to from-imports
# line: 4
from sys import modules as m
m["os"].system("id")
