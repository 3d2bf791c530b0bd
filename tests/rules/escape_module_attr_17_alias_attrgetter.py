# expect: reject module_attribute
# why: aliased from-import, a name computed at run time
# line: 5
from operator import attrgetter as ag
print(ag(input())(1))
