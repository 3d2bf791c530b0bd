# expect: accept
class Stack:
    def __init__(self):
        self._data = []

    def push(self, x):
        self._data.append(x)

    def pop(self):
        if not self._data:
            raise IndexError("pop from empty stack")
        return self._data.pop()

    def peek(self):
        return self._data[-1] if self._data else None

    def __len__(self):
        return len(self._data)


class QueueFromStacks:
    def __init__(self):
        self._in, self._out = Stack(), Stack()

    def put(self, x):
        self._in.push(x)

    def get(self):
        if not len(self._out):
            while len(self._in):
                self._out.push(self._in.pop())
        return self._out.pop()


q = QueueFromStacks()
for i in range(4):
    q.put(i)
print([q.get() for _ in range(4)])
