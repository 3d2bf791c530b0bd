# expect: reject module_attribute
# why: CodeType and FunctionType build code: since issue 13's round 15 types is importable as a facade of SimpleNamespace alone, so they are refused as attributes
# line: 5
import types
f = types.FunctionType(compile("print(1)", "x", "exec"), {})
print(types.CodeType)
