# expect: reject import
# why: relative import of a submodule
# line: 4
from .helpers import run
