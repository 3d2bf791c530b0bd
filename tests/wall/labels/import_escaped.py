# label: import ("a\"b\\c\x0a\xe9\u4e16)")
# Quotes, backslashes, control characters and all of non-ASCII escaped inside the
# quotes: the program's text cannot close them, nor start a line of its own.
__import__("a\"b\\c\n\u00e9\u4e16)")
