# expect: reject module_attribute
# line: 5
# verified: reaches its goal under plain python3 (3.11) in a temp dir (stderr shows the first line of /etc/passwd)
# why: the warnings facade: a star import would bind showwarning, which quotes a line of any file the program names
from warnings import *

showwarning("m", UserWarning, "/etc/passwd", 1)
