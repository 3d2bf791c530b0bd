# expect: accept
import textwrap

para = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.fill(para, width=40, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(para, width=50, placeholder=" [...]"))
print(textwrap.indent("a\nb\n", "    "))
print(textwrap.wrap("supercalifragilistic expialidocious", width=10))
