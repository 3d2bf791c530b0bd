# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir (fourth static red team, ok_09_init_subclass_class_keyword_store_jsonencoder_default)
# Mechanism: store rule (analyzer/stores.c) follows call arguments into parameters
#   and refuses stores through operator-method parameters, but does not follow a
#   class statement's keyword arguments into __init_subclass__'s parameters:
#   `class Sub(Base, target=json.JSONEncoder)` hands the library class to
#   Base.__init_subclass__(cls, target=...), which stores into it.
# Goal reached: write into a namespace of the standard library (json.JSONEncoder.
#   default replaced for every encoder; json.dumps uses it).
# Output under python3:
#   {"k": "hijacked:object"}
import json
def fake(enc, o):
    return "hijacked:" + type(o).__name__
class Base:
    def __init_subclass__(cls, target=None, **kw):
        super().__init_subclass__(**kw)
        target.default = fake
class Sub(Base, target=json.JSONEncoder):
    pass
print(json.dumps({"k": object()}))
