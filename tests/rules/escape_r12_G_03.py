# expect: reject store
# line: 16
# verified: reaches its goal under plain python3 (3.11) in a temp dir (concurrent.futures' LOGGER calls the program handler's emit)
# why: twelfth red team, family G (ok_05): '+=' on a dict item holding the root logger's handler list
# Mechanism: augmented assignment on an item of the program's dict holding the root logger's handler list (logging.getLogger() is a shared result, .handlers a read): list.__iadd__ installs a program handler inside logging's root logger
# Goal reached: standard-library state written: the root logger's handlers list holds the program's handler; concurrent.futures' own LOGGER then calls the program's emit() for a library log record
# Output seen under python3 (3.11), run in a fresh temp dir:
#   program handler called by the library for logger concurrent.futures : exception calling callback for <Future ...> / 1
import logging, concurrent.futures

class Spy(logging.Handler):
    def emit(self, record):
        print("program handler called by the library for logger", record.name, ":", record.getMessage())

held = {"root": logging.getLogger().handlers}
held["root"] += [Spy()]                  # list.__iadd__ on the root logger's own handler list

def cb(fut):
    raise ValueError("boom")

with concurrent.futures.ThreadPoolExecutor(1) as ex:
    ex.submit(int, "1").add_done_callback(cb)
print(len(logging.getLogger().handlers))
