# label: os.system
# A real refusal of an event the interpreter raises (posix.system): its own name.
import sys

sys.modules["os"].system("id")
