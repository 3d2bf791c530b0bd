# expect: reject import
# why: aliased
# line: 4
import os as o
o.system('id')
