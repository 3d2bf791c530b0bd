# expect: accept
# why: honest17 p39, a linked list: __eq__ compares list(self) with list(other), iterating __iter__, a generator function judged pure; __getitem__ does i += len(self) and raises IndexError (named in an except clause too); __add__ builds LinkedList([*self, *other]), whose __init__ calls self.push_front, which sets the new instance's head and does self._len += 1
# Linked list with dunder methods
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for x in reversed(list(iterable)):
            self.push_front(x)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self._len += 1

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self._len

    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError("index out of range")

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
        return self

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __add__(self, other):
        return LinkedList([*self, *other])


ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[0], ll[-1])
print(ll.reverse())
print(ll + LinkedList("ab"), ll == LinkedList([4, 3, 2, 1]))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
print(sum(ll), 3 in ll, list(map(str, ll)))
