# expect: reject import
# why: from-import
# line: 4
from os import system
system('id')
