# expect: accept
class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt


class LinkedList:
    def __init__(self, values=()):
        self.head = None
        self._size = 0
        for v in reversed(list(values)):
            self.push(v)

    def push(self, value):
        self.head = Node(value, self.head)
        self._size += 1

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self._size

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __contains__(self, v):
        return any(x == v for x in self)

    def __repr__(self):
        return " -> ".join(map(str, self)) or "empty"


ll = LinkedList([1, 2, 3])
print(ll, len(ll), list(reversed(ll)), 2 in ll, 5 in ll)
