# expect: reject module_attribute
# why: aliased from-import
# line: 4
from operator import attrgetter as ag
print(ag('real')(1))
