# expect: reject store
# line: 11
# why: UserDict.get answers through the program's __getitem__, whose returns are linked at any depth
import sys
from collections import UserDict
class U(UserDict):
    def __getitem__(self, k):
        return [self.data]
u = U(a=1)
h = u.get("a")
h[0]["z"] = sys.argv
u.data["z"].append("pwn")
print(sys.argv)
