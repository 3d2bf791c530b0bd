# family: wall (frame: a C callable run inside a guard's frame, defaultdict(locals).__getitem__ as __lt__ under the original list.__lt__, reads that frame with locals()/globals(), which raise no event)   goal: frame   interpreter: /usr/bin/python3
# The nineteenth round's ok_03. The wall: locals, globals and vars() are refused in a
# frame of the wall's (wall_guard_frame_namespaces), in the builtins module itself.
# Goal: get the wall's own objects: a guard's constants K (the ORIGINAL list.__lt__ slot
#     wrapper the wall replaced, its list.copy...) and the wall's globals dict `ns`
#     (entrypoint.py wall_load: the globals of refuse, the hook and every guard bound in it).
#   Mechanism: the wall replaced list.__lt__ with its Python guard list_order, which calls the
#     original (a C slot wrapper) on copies; that C code calls the items' __lt__. An item's
#     __lt__ that is itself a C callable -- defaultdict(locals).__getitem__ -- pushes no Python
#     frame: the miss runs defaultdict.__missing__ (C), which calls locals() (C), and locals()
#     answers the innermost PYTHON frame, which is the wall's list_order. Same with globals().
#     The wall keeps its code objects away (function.__code__ audited, K in co_consts) but a C
#     builtin run inside one of its frames reads that frame's locals/globals with no event.
#   Proof (sb-run): status: ok ... stdout shows
#     K: (<slot wrapper '__lt__' of 'list' objects>, <method 'copy' of 'list' objects>, ...)
#   and "wall globals: ['__builtins__'] False" (a dict that is not the program's).
from collections import defaultdict
grab = defaultdict(locals)
grab_g = defaultdict(globals)
class A:
    pass
A.__lt__ = grab.__getitem__
[A()] < [A()]
L = list(grab.values())[0]
# python3: the program's own frame (no frame of a wall runs there); the sandbox
# before the fix: the wall guard's, with its constants.
print("FRAME-REACHED: a frame's namespace through a C callable", "K" in L)
print("wall guard locals:", sorted(L))
print("K:", L.get("K"))
A.__lt__ = grab_g.__getitem__
[A()] < [A()]
G = list(grab_g.values())[0]
print("wall globals:", sorted(G), G is globals())
