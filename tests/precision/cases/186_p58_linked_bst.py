# Linked list and binary search tree
class ListNode:
    def __init__(self, val, nxt=None):
        self.val, self.next = val, nxt

def from_list(xs):
    head = None
    for x in reversed(xs):
        head = ListNode(x, head)
    return head

def to_list(head):
    out = []
    while head:
        out.append(head.val)
        head = head.next
    return out

def reverse(head):
    prev = None
    while head:
        head.next, prev, head = prev, head, head.next
    return prev

def has_cycle(head):
    slow = fast = head
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            return True
    return False

class BST:
    def __init__(self):
        self.root = None
    def insert(self, key):
        def _ins(node, key):
            if node is None:
                return [key, None, None]
            if key < node[0]:
                node[1] = _ins(node[1], key)
            elif key > node[0]:
                node[2] = _ins(node[2], key)
            return node
        self.root = _ins(self.root, key)
    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n[1])
                yield n[0]
                yield from walk(n[2])
        return walk(self.root)
    def height(self, n="root"):
        n = self.root if n == "root" else n
        return 0 if n is None else 1 + max(self.height(n[1]), self.height(n[2]))

head = from_list([1, 2, 3, 4, 5])
print(to_list(reverse(head)))
cyc = from_list([1, 2, 3])
cyc.next.next.next = cyc
print(has_cycle(cyc), has_cycle(from_list([1, 2])))
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k)
print(list(t), t.height(), 65 in list(t))
