# expect: reject builtin
# line: 3
os = __import__('os')
print(os.getcwd())
