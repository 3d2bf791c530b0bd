# family: paths (open decided on a string: a symlink in the standard library leads out of it)   goal: outside
# /usr/lib/python3.11/sitecustomize.py -> /etc/python3.11/sitecustomize.py (Debian).
print(open("/usr/lib/python3.11/sitecustomize.py").read())
