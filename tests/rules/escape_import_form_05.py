# expect: reject import
# why: from a dotted denied module
# line: 4
from os.path import join
print(join('a', 'b'))
