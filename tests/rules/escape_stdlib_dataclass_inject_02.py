# expect: reject import
# why: same injection with no suspicious identifier: the namespace is a dict given to type() (tested)
# line: 4
import dataclasses

ns = {"a": 0, "__annotations__": {"a,print('escaped')": int}}
P = dataclasses.dataclass(init=False, repr=False)(type("P", (), ns))
P() == P()
