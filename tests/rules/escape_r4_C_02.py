# expect: reject store
# verified: reaches its goal under plain python3 (3.11) in a temp dir (a member of the fourth red team's family C: the keyword lands in **kw)
# Goal reached: json.JSONEncoder.default replaced (prints {"k": "hijacked:object"}).
import json


def fake(enc, o):
    return "hijacked:" + type(o).__name__


class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        kw["target"].default = fake


class Sub(Base, target=json.JSONEncoder):
    pass


print(json.dumps({"k": object()}))
