# expect: reject store
# line: 15
# verified: reaches its goal under plain python3 (3.11) in a temp dir
# why: thirteenth red team (second round), family B: a mutating method read by name (getattr with a literal or a prefix, a keyword class pattern) writes into a container the standard library holds: judged as the method written out

# Mechanism: family B: getattr(logging.getLogger().handlers, 'append')(H()) (literal name). logging.getLogger().handlers.append(H()) is refused by store; the by-name read of the same bound mutator is not judged
# Goal reached: write into the standard library's root logger state: the program's handler is installed on the root logger and receives every record of every library logger
# Checker: build/safe-exec-check --rules rules FILE exits 0 (accepted)
# Output seen under python3 (3.11.7), run in a fresh temp dir:
#   program handler got a record from x
import logging
class H(logging.Handler):
    def emit(self, record):
        print("program handler got a record from", record.name)
getattr(logging.getLogger().handlers, "append")(H())
logging.getLogger("x").warning("hi %s", 1)
