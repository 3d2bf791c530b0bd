# expect: reject import
# why: relative import
# line: 4
from . import helpers
