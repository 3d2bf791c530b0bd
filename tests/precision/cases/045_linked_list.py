# A singly linked list with __slots__ nodes: push, reverse, iterate, detect cycles.


class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, values=()):
        self.head = None
        self.size = 0
        for v in reversed(list(values)):
            self.push(v)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return " -> ".join(map(str, self)) + " -> None"

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def middle(self):
        slow = fast = self.head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        return slow.value


def has_cycle(head):
    slow = fast = head
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            return True
    return False


lst = LinkedList([1, 2, 3, 4, 5])
print(lst, len(lst))
lst.reverse()
print(lst)
lst.push(0)
print(lst, "middle:", lst.middle())
print("sum:", sum(lst), "max:", max(lst))
print("cycle:", has_cycle(lst.head))
tail = lst.head
while tail.next:
    tail = tail.next
tail.next = lst.head.next
print("cycle after linking tail:", has_cycle(lst.head))
try:
    lst.head.colour = "red"
except AttributeError as e:
    print("no new attributes on Node:", type(e).__name__)
