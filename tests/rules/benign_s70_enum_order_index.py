# expect: accept
# why: honest75 p20: a local bound once to a list display in a property of an Enum
# is that list; its index compares members by the library's identity __eq__
import enum


class Light(enum.Enum):
    RED = "red"
    GREEN = "green"
    YELLOW = "yellow"

    @property
    def next(self):
        order = [Light.RED, Light.GREEN, Light.YELLOW]
        return order[(order.index(self) + 1) % len(order)]


state = Light.RED
for _ in range(4):
    print(state)
    state = state.next
print([Light.RED, Light.GREEN])
