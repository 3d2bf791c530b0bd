# family: wall (the answer: program text in the label, a real import)   goal: claim   claim: import (os); os.system
# ok_02's free text without sys.audit: the import the wall refuses is a real one, but
# its module name is the program's string, which the label showed unquoted ("import
# (NAME)", up to 80 characters). The label now quotes and escapes it, so the name can
# no longer close the parentheses and go on as the wall's words:
# `import ("os); os.system ('rm -rf /home')")`.
try:
    __import__("os); os.system ('rm -rf /home'); socket.connect (('10.0.0.5', 22)")
except ImportError:
    pass
print("NOTHING-DONE")
