# label: open (symbolic link)
# The wall's own words (a constant of the wall): shown as they are, without quotes.
# Debian's /usr/lib/python3.11/sitecustomize.py links to /etc/python3.11.
print(open("/usr/lib/python3.11/sitecustomize.py").read())
