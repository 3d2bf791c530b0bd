# expect: reject import
# why: runs programs
# line: 4
import subprocess
print(subprocess)
