# expect: accept
def justify(words, width):
    lines, line = [], []
    for w in words:
        if sum(map(len, line)) + len(line) + len(w) > width:
            lines.append(line)
            line = []
        line.append(w)
    lines.append(line)
    out = []
    for ln in lines[:-1]:
        gaps = len(ln) - 1 or 1
        spaces = width - sum(map(len, ln))
        text = ""
        for i, w in enumerate(ln):
            text += w
            if i < gaps:
                text += " " * (spaces // gaps + (i < spaces % gaps))
        out.append(text)
    out.append(" ".join(lines[-1]).ljust(width))
    return out


for row in justify("This is an example of text justification done by hand.".split(), 16):
    print(f"|{row}|")
