# expect: reject import
# why: dead code is still checked
# line: 5
if False:
    import os
