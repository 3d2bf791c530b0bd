# expect: accept
DOC = """# Title
Some intro.
## Install
Run the thing.
### From source
Clone it.
## Usage
Call it.
"""

toc = []
for line in DOC.splitlines():
    if line.startswith("#"):
        level = len(line) - len(line.lstrip("#"))
        title = line[level:].strip()
        anchor = "-".join(title.lower().split())
        toc.append(f"{'  ' * (level - 1)}- [{title}](#{anchor})")
print("\n".join(toc))
