# expect: reject store
# line: 30
# why: the red team's round 25v ok_08 (its header below): a dataclass's __post_init__ takes its InitVar fields alone: any class-call argument may land in any of its parameters
# goal: prints os.environ (serious): sys.argv gets "logging.os.environ", unittest.main(exit=False)
#   resolves it.
# mechanism: a DATACLASS with an InitVar: the generated __init__(self, a, b) calls
#   self.__post_init__(b) with the InitVar values ONLY. D(0, sys.argv) runs __post_init__(self, b=sys.argv).
# rule slipped: store (stores.c class_call: __post_init__ is given the class call's arguments by
#   map_args(st, args, 1) exactly as __init__ is, so the call's first argument (0, really field `a`)
#   is linked to __post_init__'s `b`, and sys.argv to nothing). Control c01: D(sys.argv, 0) (the
#   position the checker assumes) is refused.
# family: "argument-to-parameter mapping that differs from the interpreter's" (25u map_args).
# principle: __post_init__ takes only the InitVar pseudo-fields, in field order (bases' first), by
#   name or position of the generated __init__: map the call onto the generated __init__'s signature
#   (the class's annotated fields in MRO order) and hand __post_init__ the InitVar ones; simplest sound
#   form: every class-call argument (positional or keyword) may land in every __post_init__ parameter
#   (fan_arg from 1).
import dataclasses
import logging
import sys
import unittest


@dataclasses.dataclass
class D:
    a: int
    b: dataclasses.InitVar[list] = None

    def __post_init__(self, b):
        b.append("logging.os.environ")


D(0, sys.argv)
unittest.main(exit=False)
