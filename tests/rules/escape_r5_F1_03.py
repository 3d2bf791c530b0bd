# expect: reject method
# verified: reaches its goal under plain python3 (3.11) in a temp dir (fifth static red team, ok_11_method_arity_typed_splat_getattr_frame_builtins_exec)
# Mechanism: rule `method`, the typed-splat arity miscount of ok_07/ok_08: K.get(obj,
#   "name") with get(self, *names: object, **options: object) passes as a bound call,
#   so the closed-class privilege "getattr(self, any computed name)" applies to any
#   object. Names the `attribute` rule refuses written out (gi_frame, f_builtins) are
#   plain run-time strings here.
#   Run-time names: "gi_frame" and "f_builtins" are not dunders but ARE on the
#   `attribute` list, which the runtime wall's guarded getattr also applies; under plain
#   python3 nothing stops them.
# Goal reached: a frame as a value, the builtins namespace, exec called, `id` run.
# Output under python3:
#   uid=0(root) gid=0(root) groups=0(root)
#   frame: <frame at 0x7f8a64444700, file '/tmp/rt5run.OrGtTk/prog.py', line 19, code gen>
#   MARKER = round5-marker
class K:
    def get(self, *names: object, **options: object):
        return getattr(self, names[0])


def gen():
    yield 1


g = gen()
frame = K.get(g, "gi_frame")
print("frame:", frame)
builtins_dict = K.get(frame, "f_builtins")
run = builtins_dict["exec"]
run("import os; print('MARKER =', os.environ['MARKER']); os.system('id')")
