# expect: reject module_attribute
# why: dataclass called on a class built at run time compiles its annotation keys as code
# line: 6
import dataclasses
ns = {"a": 0, "__annotations__": {"a,__import__('os').system('id')": int}}
P = dataclasses.dataclass(init=False, repr=False)(type("P", (), ns))
P() == P()
