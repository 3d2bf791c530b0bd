# expect: reject import
# why: os without the name os
# line: 4
import posix
print(posix)
