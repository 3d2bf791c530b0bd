# expect: reject store
# line: 17
# why: the red team's round 25v ok_10 (its header below): a dataclass's __post_init__ takes its InitVar fields alone: any class-call argument may land in any of its parameters
# goal (lower tier): mutates logging's root logger (root.disabled = True).
# mechanism: as ok_08 with an attribute store on the InitVar parameter.
# rule slipped: store. family/principle: as ok_08.
import dataclasses
import logging


@dataclasses.dataclass
class D:
    n: int
    lg: dataclasses.InitVar[object] = None

    def __post_init__(self, lg):
        lg.disabled = True


D(0, logging.getLogger())
print("root disabled:", logging.getLogger().disabled)
