# expect: reject syntax
# line: 4
# why: an unknown __future__ feature (CPython: future feature nonsense is not defined)
from __future__ import nonsense
