# expect: reject module_value
# why: family G: inside match/with in a class body
# line: 9
import contextlib
class A:
    match 1:
        case 1:
            with contextlib.nullcontext():
                import typing
print(A.typing.sys.modules["os"].environ)
