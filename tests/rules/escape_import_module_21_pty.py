# expect: reject import
# why: pty.spawn runs a shell
# line: 4
import pty
print(pty)
