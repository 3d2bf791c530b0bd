# Convert a small Markdown document to plain text with a table of contents.
import re
import textwrap

DOC = """# Getting started
Install the *package* and run the **server**.
## Configuration
Edit `config.toml`; see [the docs](https://example.com/docs) for details.
- first item
- second item with `code`
## Usage
Send a request and read the [answer](http://example.com/a). That is all there is to it, and the rest is left as an exercise for the reader.
"""

toc = []
out = []
for line in DOC.splitlines():
    heading = re.match(r"^(#+)\s+(.*)", line)
    if heading:
        level = len(heading.group(1))
        title = heading.group(2)
        toc.append("  " * (level - 1) + title)
        out.append("")
        out.append(title.upper() if level == 1 else title)
        out.append(("=" if level == 1 else "-") * len(title))
        continue
    line = re.sub(r"\*\*(.+?)\*\*", lambda m: m.group(1).upper(), line)
    line = re.sub(r"\*(.+?)\*", r"_\1_", line)
    line = re.sub(r"`([^`]+)`", r"'\1'", line)
    line = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1 <\2>", line)
    if line.startswith("- "):
        out.append("  • " + line[2:])
    else:
        out.extend(textwrap.wrap(line, 50) or [""])

print("Contents:")
print("\n".join(toc))
print("\n".join(out))
links = re.findall(r"\]\((https?://[^)]+)\)", DOC)
print("links:", links)
