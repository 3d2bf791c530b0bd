# expect: accept
# why: functools.partial(reduce, operator.mul) fills reduce's callable slot with
#   a library function: it calls nothing of the program's (honest23 p37)
import operator
from functools import partial, reduce, singledispatch


@singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register(int)
def _(x):
    return f"int {x}"


product = partial(reduce, operator.mul)
print(product([1, 2, 3, 4]), describe(3), describe("s"), reduce(max, [3, 8, 2], 0))
