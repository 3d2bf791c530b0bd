# expect: reject module_attribute
# line: 5
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints the first line of /etc/passwd
# why: a star import of shlex binds the shlex class under its own name, out of the facade's reach by attribute: refused as a star import of a module with a left-out name
from shlex import *
lex = shlex("source /etc/passwd end", posix=True)
lex.source = "source"
lex.wordchars += "/:"
print(lex.get_token(), lex.instream.readline())
