# textwrap: wrap, fill, dedent, indent, shorten
import textwrap

para = ("Python is a programming language that lets you work quickly and integrate "
        "systems more effectively. It is used by beginners and experts alike.")
print(textwrap.fill(para, width=40))
print("---")
for line in textwrap.wrap(para, width=30, initial_indent="* ", subsequent_indent="  "):
    print(line)
print("---")
code = """
    def hello():
        print("hi")
"""
print(textwrap.dedent(code).strip())
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.shorten(para, width=50, placeholder=" [...]"))
w = textwrap.TextWrapper(width=25, break_long_words=True)
print(w.wrap("supercalifragilisticexpialidocious is a long word"))
