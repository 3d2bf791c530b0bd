# expect: reject dunder
# line: 10
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints the output of id
# why: an offered function of the new facades is a plain Python function whose __globals__ is its module namespace (os, sys): refused as on every function
import html
import shlex

esc = html.escape
print(esc("<b>"))
shlex.split.__globals__["os"].system("id")
