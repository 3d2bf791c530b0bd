# expect: reject module_attribute
# why: family A: a private module global by from-import, unaliased
# line: 4
from random import _os
_os.system("id")
