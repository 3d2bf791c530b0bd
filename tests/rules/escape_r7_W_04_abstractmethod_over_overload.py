# expect: reject module_attribute
# line: 14
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: abc.abstractmethod above typing.overload sets __isabstractmethod__ on
#   typing's shared function: every later overload in an ABC is abstract.
#   typing.overload is the outermost decorator.
# Goal reached: write into a standard-library function's namespace (an
#   unrelated class becomes abstract).
import abc
import typing


@abc.abstractmethod
@typing.overload
def g(x: int) -> int:
    ...


class A(abc.ABC):
    @typing.overload
    def m(self, x: int) -> int:
        ...


try:
    A()
except TypeError as e:
    print(e)
