# expect: reject import
# why: import split by continuations
# line: 4
from \
    os \
    import system
