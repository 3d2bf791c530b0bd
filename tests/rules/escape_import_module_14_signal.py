# expect: reject import
# why: signal handlers
# line: 4
import signal
print(signal)
