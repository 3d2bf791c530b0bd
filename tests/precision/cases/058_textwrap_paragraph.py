# Format text with textwrap: wrap, fill, indent, dedent, shorten.
import textwrap

text = ("Python is a high-level, general-purpose programming language. Its design "
        "philosophy emphasizes code readability with the use of significant "
        "indentation. Python is dynamically typed and garbage-collected.")

print(textwrap.fill(text, width=40))
print()
for line in textwrap.wrap(text, width=30)[:3]:
    print(f"|{line:<30}|")
print()
print(textwrap.fill(text, width=50, initial_indent="* ", subsequent_indent="  "))
print()
print(textwrap.shorten(text, width=60, placeholder=" [...]"))
code = """
    def hello():
        print("hi")
"""
print(textwrap.dedent(code).strip())
print(textwrap.indent("line one\nline two\n\nline four", "> "))


def boxed(paragraph, width=36):
    lines = textwrap.wrap(paragraph, width)
    top = "+" + "-" * (width + 2) + "+"
    body = [f"| {line.ljust(width)} |" for line in lines]
    return "\n".join([top, *body, top])


print(boxed("Readability counts. Special cases aren't special enough to break the rules."))
