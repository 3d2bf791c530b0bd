# expect: reject module_attribute
# line: 7
# verified: reaches its goal under plain python3 (3.11) in a temp dir (prints the first line of /etc/passwd)
# why: the warnings facade: formatwarning hands back the text of a warning, with the line of the file the program names
import warnings

print(warnings.formatwarning("m", UserWarning, "/etc/passwd", 1))
