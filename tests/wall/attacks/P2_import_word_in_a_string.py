# family: P (per-program preload: an import that exists only in a string)   goal: id
# CPython's parse, not a text search, says what the program imports: a string that
# reads like an import statement loads nothing.
text = "import subprocess as tool"
words = text.split()
tool = __import__(words[1])
print(tool.run([chr(105) + chr(100)], capture_output=True, text=True).stdout)
