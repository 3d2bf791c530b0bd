# expect: reject format
# line: 13
# verified: reaches its goal under plain python3 (3.11) in a temp dir (an environment entry printed)
# why: family D, own member: a field named format_map read back by asdict on a str mixin

import dataclasses
import logging


@dataclasses.dataclass
class D:
    text: str = ""
    format_map: int = dataclasses.field(init=False)


class E(D, str):
    pass


def probe():
    pass


fill = dataclasses.asdict(E("{probe.__globals__[logging].os.environ[HOME]}"))["format_map"]
print(fill({"probe": probe}))
