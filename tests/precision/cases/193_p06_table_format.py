from typing import List, Sequence

def render(headers: Sequence[str], rows: List[Sequence[object]]) -> str:
    cells = [[str(h) for h in headers]] + [[format_cell(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    lines = [sep]
    for idx, row in enumerate(cells):
        parts = []
        for i, c in enumerate(row):
            if idx > 0 and is_num(rows[idx - 1][i]):
                parts.append(" " + c.rjust(widths[i]) + " ")
            else:
                parts.append(" " + c.ljust(widths[i]) + " ")
        lines.append("|" + "|".join(parts) + "|")
        if idx == 0:
            lines.append(sep.replace("-", "="))
    lines.append(sep)
    return "\n".join(lines)

def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)

def format_cell(x):
    if isinstance(x, float):
        return f"{x:,.2f}"
    if isinstance(x, bool):
        return "yes" if x else "no"
    return str(x)

rows = [
    ("Widget", 1200, 3.5, True),
    ("Gadget extra long", 35, 1234.567, False),
    ("Gizmo", 7, 0.1, True),
]
print(render(["Item", "Qty", "Price", "Stock"], rows))
