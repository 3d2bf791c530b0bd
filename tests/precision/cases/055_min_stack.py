# A min-stack and a tiny stack machine that dispatches on command names.
from typing import Generic, List, TypeVar

T = TypeVar("T")


class MinStack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
        self.mins: List[T] = []

    def push(self, x: T) -> None:
        self.items.append(x)
        self.mins.append(x if not self.mins or x < self.mins[-1] else self.mins[-1])

    def pop(self) -> T:
        self.mins.pop()
        return self.items.pop()

    def min(self) -> T:
        return self.mins[-1]

    def __len__(self):
        return len(self.items)


class Machine:
    def __init__(self):
        self.stack: MinStack[int] = MinStack()

    def run(self, program):
        for line in program.strip().splitlines():
            cmd, *args = line.split()
            handler = getattr(self, "do_" + cmd, None)
            if handler is None:
                print(f"unknown command: {cmd}")
                continue
            handler(*map(int, args))

    def do_push(self, x):
        self.stack.push(x)

    def do_pop(self):
        print("popped", self.stack.pop())

    def do_min(self):
        print("min", self.stack.min())

    def do_add(self):
        self.stack.push(self.stack.pop() + self.stack.pop())

    def do_size(self):
        print("size", len(self.stack))


Machine().run("""
push 5
push 3
push 7
min
push 1
min
pop
min
add
min
size
jump 4
pop
size
""")
