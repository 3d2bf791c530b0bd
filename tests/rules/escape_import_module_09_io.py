# expect: reject import
# why: io.open
# line: 4
import io
print(io)
