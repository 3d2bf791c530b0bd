# expect: reject module_attribute
# why: same injection with no suspicious identifier: the namespace is a dict given to type() (tested)
# line: 7
import dataclasses

ns = {"a": 0, "__annotations__": {"a,print('escaped')": int}}
P = dataclasses.dataclass(init=False, repr=False)(type("P", (), ns))
P() == P()
