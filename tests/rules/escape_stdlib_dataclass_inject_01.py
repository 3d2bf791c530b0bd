# expect: reject name
# why: dataclass pastes annotation keys into source it execs: __eq__ runs the payload (tested)
# line: 8
import dataclasses

class P:
    a = 0
    __annotations__ = {"a,print('escaped')": int}

dataclasses.dataclass(init=False, repr=False)(P)
P() == P()
