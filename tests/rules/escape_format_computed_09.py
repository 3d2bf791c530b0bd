# expect: reject module_attribute
# line: 3
from string import Formatter
print(Formatter().vformat('{0.__class__}', (1,), {}))
