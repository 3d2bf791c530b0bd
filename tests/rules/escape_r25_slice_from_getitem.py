# expect: reject store
# why: the program's __getitem__ hands back the slice a colon subscript made:
#   k is a slice object though the program never names slice
# line: 16
import keyword


class Key:
    def __getitem__(self, k):
        return k


lst = []
box = [lst]
k = Key()[:]
box[k][0].append(keyword.kwlist)
lst[0].append("zzz")
print(keyword.kwlist[-1])
