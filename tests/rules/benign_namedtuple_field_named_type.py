# expect: accept
# why: a field named type in a NamedTuple or dataclass body is an annotation alone (`type: str`): CPython evaluates only the annotation, the name is neither read nor bound, so it is no use of the builtin
from dataclasses import dataclass
from typing import NamedTuple


class Tok(NamedTuple):
    type: str
    value: str


@dataclass
class Event:
    type: str
    payload: dict


def kinds(toks: list) -> list:
    type: str
    out = []
    for t in toks:
        out.append(t.type)
    return out


toks = [Tok("NUM", "1"), Tok("OP", "+")]
print(kinds(toks), Event("click", {}).type, type(toks[0]).__name__)
