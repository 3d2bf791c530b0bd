# expect: reject store
# why: the program's __setitem__ keeps its key (a slice when the target is
#   written with a colon), which a later index reads back
# line: 17
import keyword


class Keep:
    def __setitem__(self, key, value):
        self.last = key


lst = []
box = [lst]
keep = Keep()
keep[:] = 0
box[keep.last][0].append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
