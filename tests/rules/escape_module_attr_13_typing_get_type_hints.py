# expect: reject module_attribute
# why: get_type_hints evals string annotations
# line: 7
import typing
def f(x: 'print(1)'):
    pass
print(typing.get_type_hints(f))
