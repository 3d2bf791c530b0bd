a = "x = eval('1') # __globals__"
b = 'import os; os.system("id")'
c = """
().__class__.__bases__[0].__subclasses__()
"""
d = f"{a!r} {b:>{10}} {{eval}} {'{0.__globals__}'}"
e = r"\" getattr(a, 'x') \""
g = b"\x00 open('/etc/passwd')"
h = 'line one \
exec("print(1)")'
# a comment: import subprocess; __import__('os')
i = ("implicit" 'concat' f"{len(a)}" "breakpoint()")
j = '{0.real}'.format(1) + "%(k)s" % {"k": "vars()"}
