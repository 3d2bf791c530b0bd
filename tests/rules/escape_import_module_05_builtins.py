# expect: reject import
# why: eval, exec, open
# line: 4
import builtins
print(builtins)
