class ListNode:
    def __init__(self, val, nxt=None):
        self.val = val
        self.next = nxt

def from_list(xs):
    head = None
    for x in reversed(xs):
        head = ListNode(x, head)
    return head

def to_list(node):
    out = []
    while node:
        out.append(node.val)
        node = node.next
    return out

def reverse(head):
    prev = None
    while head:
        head.next, prev, head = prev, head, head.next
    return prev

class BST:
    def __init__(self):
        self.root = None

    class _Node:
        __slots__ = ("key", "left", "right")
        def __init__(self, key):
            self.key, self.left, self.right = key, None, None

    def insert(self, key):
        def _ins(n):
            if n is None:
                return BST._Node(key)
            if key < n.key:
                n.left = _ins(n.left)
            elif key > n.key:
                n.right = _ins(n.right)
            return n
        self.root = _ins(self.root)

    def __iter__(self):
        stack, n = [], self.root
        while stack or n:
            while n:
                stack.append(n)
                n = n.left
            n = stack.pop()
            yield n.key
            n = n.right

    def height(self, n="root"):
        n = self.root if n == "root" else n
        return 0 if n is None else 1 + max(self.height(n.left), self.height(n.right))

    def __contains__(self, key):
        n = self.root
        while n and n.key != key:
            n = n.left if key < n.key else n.right
        return n is not None

print(to_list(reverse(from_list([1, 2, 3, 4, 5]))))
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30]:
    t.insert(k)
print(list(t), t.height(), 60 in t, 65 in t)
