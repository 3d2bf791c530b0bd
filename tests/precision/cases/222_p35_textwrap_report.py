import textwrap

text = ("Python is a high-level, general-purpose programming language. Its design "
        "philosophy emphasizes code readability with the use of significant indentation. "
        "Python is dynamically typed and garbage-collected.")

print(textwrap.fill(text, width=40))
print()
print(textwrap.indent(textwrap.fill(text, 50), "> "))
print()
print(textwrap.shorten(text, width=60, placeholder=" [...]"))
doc = """
    Usage:
        tool run   -- run it
        tool stop  -- stop it
"""
print(textwrap.dedent(doc).strip())
w = textwrap.TextWrapper(width=30, initial_indent="* ", subsequent_indent="  ")
for para in ["First bullet point which is quite long indeed.", "Second, shorter."]:
    print(w.fill(para))
cols = textwrap.wrap(text, 25)
for left, right in zip(cols[::2], cols[1::2]):
    print(f"{left:<26}| {right}")
