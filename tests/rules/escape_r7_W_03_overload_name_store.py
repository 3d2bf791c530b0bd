# expect: reject store
# line: 17
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: the name an @typing.overload def binds is typing's shared function; a
#   store through it writes into typing (the store rule treats that name as a
#   value of the typing module).
# Goal reached: write into a standard-library function's namespace (seen
#   through the next overload).
import typing


@typing.overload
def g(x: int) -> int:
    ...


g.payload = "planted by the program"


@typing.overload
def h(x: str) -> str:
    ...


print(h.payload)
