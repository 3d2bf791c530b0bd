# expect: reject import
# why: marshal.loads builds code objects
# line: 4
import marshal
print(marshal)
