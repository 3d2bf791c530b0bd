# expect: accept
class MinHeap:
    def __init__(self, items=()):
        self.a = []
        for x in items:
            self.push(x)

    def push(self, x):
        a = self.a
        a.append(x)
        i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            a[(i - 1) // 2], a[i] = a[i], a[(i - 1) // 2]
            i = (i - 1) // 2

    def pop(self):
        a = self.a
        a[0], a[-1] = a[-1], a[0]
        top = a.pop()
        i = 0
        while True:
            small = i
            for c in (2 * i + 1, 2 * i + 2):
                if c < len(a) and a[c] < a[small]:
                    small = c
            if small == i:
                return top
            a[i], a[small] = a[small], a[i]
            i = small

    def __bool__(self):
        return bool(self.a)


h = MinHeap([5, 3, 8, 1, 9, 2])
out = []
while h:
    out.append(h.pop())
print(out)
