# expect: reject store
# why: list.pop through the class pops from argument 0, the receiver of a bound call
# line: 7
import keyword

y = list.pop([keyword.kwlist])
y.append("pwn")
print(keyword.kwlist[-1])
