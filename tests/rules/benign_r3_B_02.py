# expect: accept
# why: a dunder as a bare annotation outside a dataclass only records a type: a
#   Protocol declaring __name__ (as an event bus types its handlers)
import typing


class Handler(typing.Protocol):
    __name__: str

    def __call__(self, value: int) -> str: ...


def shout(value: int) -> str:
    return "x" * value


def run(h: Handler) -> str:
    return h.__name__ + ":" + h(3)


print(run(shout))
