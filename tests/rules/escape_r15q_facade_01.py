# expect: reject module_attribute
# line: 5
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints the first line of /etc/passwd
# why: the shlex class imported by name under an alias: from shlex import shlex is judged as shlex.shlex, left out of the facade (its source/sourcehook open any path)
from shlex import shlex as Lexer
from shlex import split

print(split("a 'b c'"))
lex = Lexer("source /etc/passwd end", posix=True)
lex.source = "source"
lex.wordchars = lex.wordchars + "/:"
print(lex.get_token(), lex.instream.readline())
