# expect: reject module_attribute
# line: 7
# verified: reaches its goal under plain python3 (3.11) in a temp dir (stderr shows "/etc/passwd:1: UserWarning: x" and the file's first line)
# why: the warnings facade: warn_explicit takes a filename and a line number from the program, and the warning's text quotes that line of that file (linecache reads any path)
import warnings

warnings.warn_explicit("x", UserWarning, "/etc/passwd", 1)
