# expect: reject memory
# line: 22
# why: round 99 (red team): asyncio.Condition's repr calls its lock's locked(); `@property def locked` returned a function that emptied the list holding the condition, in a program with no comparison, where the check that a called name is no getter never ran
import asyncio

L = []


def wipe():
    L.clear()
    return False


class Lk:
    def acquire(self):
        return True

    def release(self):
        return None

    @property
    def locked(self):
        return wipe


cond = asyncio.Condition(Lk())
L.append(cond)
print(repr(L)[:60])
