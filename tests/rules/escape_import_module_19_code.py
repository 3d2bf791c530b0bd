# expect: reject import
# why: code.interact runs a REPL
# line: 4
import code
print(code)
