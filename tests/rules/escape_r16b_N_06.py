# expect: reject store
# line: 5
# verified: reaches its goal under plain python3 (3.11) in a temp dir (site's quit written)
# why: 16b family N, own member: setattr(quit, "name", ...) with a literal name
setattr(quit, "name", "pwned")
print(quit)
