# expect: reject builtin
# why: open reads files
# line: 4
print(open('/etc/passwd').read())
