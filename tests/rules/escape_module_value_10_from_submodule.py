# expect: reject module_value
# why: a module bound by from-import
# line: 5
from collections import abc
x = abc
