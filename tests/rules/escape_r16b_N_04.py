# expect: reject store
# line: 6
# verified: reaches its goal under plain python3 (3.11) in a temp dir (site's exit object written)
# why: 16b family N, own member: exit handed to a function that writes its parameter
def w(o):
    o.eof = "pwned"
w(exit)
print(exit)
