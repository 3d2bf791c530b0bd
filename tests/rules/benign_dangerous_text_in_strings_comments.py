# expect: accept
# why: dangerous-looking text inside strings, docstrings and comments
# This comment mentions eval(), exec(), __import__('os') and os.system: comments are not code.
HELP = """Examples of what NOT to do:
    __import__('os').system('rm -rf /')
    ().__class__.__base__.__subclasses__()
    f.__globals__['__builtins__']
"""
snippets = ["import os", "eval('1+1')", "open('/etc/passwd')", "gi_frame.f_back"]
table = {"__builtins__": "a key is just a string", "getattr": 1}


def explain():
    """Talks about sys.modules and getattr(obj, name) without calling them."""
    return len(HELP.splitlines()), len(snippets), sorted(table)


print(explain())
print("{} is just text".format("__globals__"))
