# expect: reject import
# why: CodeType and FunctionType build code
# line: 4
import types
print(types)
