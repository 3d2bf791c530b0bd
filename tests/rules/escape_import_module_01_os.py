# expect: reject import
# why: process, files, environment
# line: 4
import os
print(os)
