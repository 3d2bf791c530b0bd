# expect: reject store
# why: y = yield from X is the value of the StopIteration X raises, given any value
# line: 17
import keyword


class G:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(keyword.kwlist)


def h():
    y = yield from G()
    y.append("pwn")


list(h())
print(keyword.kwlist[-1])
