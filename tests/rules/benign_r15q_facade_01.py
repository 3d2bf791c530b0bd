# expect: accept
# why: the round-15 facades as honest code uses them: an HTML table escaped with html.escape, entities decoded with html.unescape, a command line tokenized with shlex.split and rebuilt with shlex.quote/shlex.join
import html
import shlex
from shlex import split

rows = [("Tom & Jerry", "<cartoon>"), ('Say "hi"', "it's")]
print("<table>")
for name, kind in rows:
    print(f"  <tr><td>{html.escape(name)}</td><td>{html.escape(kind, quote=False)}</td></tr>")
print("</table>")
print(html.unescape("&lt;p&gt; caf&eacute; &#x263A; &amp;amp;"))

line = 'add "buy milk" --tag home  # trailing'
print(shlex.split(line, comments=True))
print(split("mv 'a file.txt' b"))
args = ["echo", "hello world", "it's"]
print(" ".join(shlex.quote(a) for a in args))
print(shlex.join(args))
try:
    shlex.split('unterminated "quote')
except ValueError as e:
    print("ValueError:", e)
