# expect: reject store
# line: 16
# verified: appends to keyword.kwlist under plain python3 3.11
# why: `x in k` runs __contains__, which appends its operand to self (a list subclass).
import keyword


class K(list):
    def __contains__(self, x):
        self.append(x)
        return False


k = K()
keyword.kwlist in k
k.pop().append("zz")
print(keyword.kwlist[-1])
