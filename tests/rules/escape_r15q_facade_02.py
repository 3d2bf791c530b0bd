# expect: reject module_attribute
# line: 6
# verified: reaches its goal under plain python3 (3.11) in a temp dir: prints the first line of /etc/passwd (the sourcehook opens the file a "source" token names and pushes it as the input stream)
# why: the shlex facade (round 15) offers split, quote and join; the shlex class is left out: its source attribute makes get_token open any path
import shlex
lex = shlex.shlex("source /etc/passwd end", posix=True)
lex.source = "source"
lex.wordchars += "/:"
print(lex.get_token(), lex.instream.readline())
