# expect: reject module_attribute
# why: operator's star set includes attrgetter
# line: 4
from operator import *
print(attrgetter('x'))
