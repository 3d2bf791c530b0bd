# expect: reject store
# line: 12
# why: round 54a: as 10, then unittest.main prints os.environ
# goal: print os.environ (sys.argv rewritten through a configparser value, then unittest.main resolves and calls logging.os.environ.copy)
import sys, configparser, unittest, logging
holder = []
p = configparser.RawConfigParser()
p.add_section("s")
p.set("s", "o", [holder])
h = p.get("s", "o")
h[0].append(sys.argv)
holder[0][1:] = ["logging.os.environ.copy"]
unittest.main()
