# expect: reject module_attribute
# line: 9
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints the output of id -u
# why: shlex imports os, re and sys for itself: the facade lists split, quote and join only (the audit denies the modules too)
import shlex

cmd = shlex.join(["id", "-u"])
print(cmd)
shlex.os.system(cmd)
