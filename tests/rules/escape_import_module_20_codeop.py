# expect: reject import
# why: compiles code
# line: 4
import codeop
print(codeop)
