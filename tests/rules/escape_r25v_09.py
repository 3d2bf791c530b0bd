# expect: reject store
# line: 17
# why: the red team's round 25v ok_09 (its header below): a dataclass's __post_init__ takes its InitVar fields alone: any class-call argument may land in any of its parameters
# goal (lower tier): mutates keyword.kwlist (appends "planted").
# mechanism: as ok_08: D(0, keyword.kwlist) runs __post_init__(self, target=kwlist); the checker links
#   0 to target. rule slipped: store (class_call maps __post_init__ like __init__). family: as ok_08.
import dataclasses
import keyword


@dataclasses.dataclass
class D:
    n: int
    target: dataclasses.InitVar[list] = None

    def __post_init__(self, target):
        target.append("planted")


D(0, keyword.kwlist)
print(keyword.kwlist[-2:])
