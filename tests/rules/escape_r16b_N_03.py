# expect: reject store
# line: 8
# verified: reaches its goal under plain python3 (3.11) in a temp dir (__future__.annotations' getMandatoryRelease replaced)
# why: 16b family N, own member: from __future__ import annotations as ann
from __future__ import annotations as ann
def f(*a):
    return (9, 9)
ann.getMandatoryRelease = f
print(ann.getMandatoryRelease())
