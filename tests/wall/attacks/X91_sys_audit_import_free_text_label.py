# family: wall (the answer: program text in the label, sys.audit)   goal: claim   claim: import (os); os.system
# ok_02's variant: the hook named an "import" event's str argument in the label (up
# to 80 characters, unquoted), so sys.audit("import", TEXT) gave a proven answer whose
# label was the program's free text: "import (os); os.system ('rm -rf /home');
# socket.connect (('10.0.0.5', 22))". Now the event is "sys.audit", labelled with
# the name alone, quoted: `sys.audit ("import")`.
import sys

sys.audit("import", "os); os.system ('rm -rf /home'); socket.connect (('10.0.0.5', 22)")
print("NOTHING-DONE")
