# expect: reject import
# why: star import
# line: 4
from os import *
system('id')
