# expect: reject store
# line: 9
# why: setattr(f, 'name', ...) on a Field from dataclasses.fields is the same store
import dataclasses
@dataclasses.dataclass
class B:
    x: int = 1
for f in dataclasses.fields(B):
    setattr(f, "name", "x=print(open('/etc/passwd').read())):#")
