# expect: reject store
# why: dict.pop through the class hands back an item of argument 0
# line: 7
import keyword

y = dict.pop({"k": keyword.kwlist}, "k")
y.append("pwn")
print(keyword.kwlist[-1])
