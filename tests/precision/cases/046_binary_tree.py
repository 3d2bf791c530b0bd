# A binary search tree with generator-based traversals.
import random
from typing import Optional

random.seed(11)


class TreeNode:
    def __init__(self, key):
        self.key = key
        self.left: Optional["TreeNode"] = None
        self.right: Optional["TreeNode"] = None


def insert(root, key):
    if root is None:
        return TreeNode(key)
    if key < root.key:
        root.left = insert(root.left, key)
    elif key > root.key:
        root.right = insert(root.right, key)
    return root


def inorder(node):
    if node:
        yield from inorder(node.left)
        yield node.key
        yield from inorder(node.right)


def preorder(node):
    if node:
        yield node.key
        yield from preorder(node.left)
        yield from preorder(node.right)


def level_order(root):
    level = [root] if root else []
    while level:
        yield [n.key for n in level]
        level = [c for n in level for c in (n.left, n.right) if c]


def height(node):
    return 0 if node is None else 1 + max(height(node.left), height(node.right))


root = None
keys = random.sample(range(100), 12)
for k in keys:
    root = insert(root, k)
print("inserted:", keys)
print("inorder: ", list(inorder(root)))
print("preorder:", list(preorder(root)))
for depth, level in enumerate(level_order(root)):
    print(f"level {depth}: {level}")
print("height:", height(root))
gen = inorder(root)
print("three smallest:", next(gen), next(gen), next(gen))
