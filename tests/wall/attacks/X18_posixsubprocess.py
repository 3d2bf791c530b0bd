# family: process (_posixsubprocess.fork_exec: no os.fork, no os.exec event)   goal: id
import random
os = random._os
mods = os.sys.modules
class Spec:
    name = "_posixsubprocess"
ps = mods.get("_posixsubprocess")
if ps is None or not hasattr(ps, "fork_exec"):
    ps = mods["_imp"].create_builtin(Spec())
    mods["_imp"].exec_builtin(ps)
r, w = os.pipe()
pid = ps.fork_exec([b"/usr/bin/id"], [b"/usr/bin/id"], True, (), None, None,
                   -1, -1, -1, -1, -1, -1, r, w, True, False, 0, None, None, -1,
                   -1, None, False)
os.close(w)
os.waitpid(pid, 0)
