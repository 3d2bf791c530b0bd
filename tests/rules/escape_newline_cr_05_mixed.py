# expect: reject import
# why: CRLF, then a lone CR
# line: 6
import math
print(math.pi)  # okimport subprocess
print(1)
