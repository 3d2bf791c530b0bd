# expect: reject store
# line: 18
# verified: reaches its goal under plain python3 (3.11) in a temp dir (getLogger('victim') answers the program's Fake)
# why: twelfth red team, family G (ok_04): '|=' on a dict item holding logging's logger registry
# Mechanism: augmented assignment on an item of the program's dict that holds logging.Logger.manager.loggerDict (reading .manager/.loggerDict is allowed; only stores into them are refused): dict.__ior__ writes into logging's registry
# Goal reached: standard-library namespace written: logging's logger registry now answers logging.getLogger('victim') with the program's object for the whole process
# Output seen under python3 (3.11), run in a fresh temp dir:
#   program's object answered logging.getLogger('victim'): hello grader / <class '__main__.Fake'>
import logging

class Fake:
    def __init__(self):
        self.seen = []
    def warning(self, msg, *args):
        print("program's object answered logging.getLogger('victim'):", msg % args)

registry = {"reg": logging.Logger.manager.loggerDict}
registry["reg"] |= {"victim": Fake()}   # dict.__ior__ on logging's logger registry

# any later code in the process (a grader, a library) asking for the logger:
logging.getLogger("victim").warning("hello %s", "grader")
print(type(logging.getLogger("victim")))
