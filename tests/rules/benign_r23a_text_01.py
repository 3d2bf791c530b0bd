# expect: accept
# why: text methods on text stay the program's: a literal's split, a text name's strip and
#   split chains, lines read from a file object and split, json.loads of text
import io
import json

words = "a b c".split()
words.append("d")
text = "  x, y ,z  "
parts = text.strip().split(",")
parts[0] = "w"
parts.append(text.upper())
buf = io.StringIO("1 2\n3 4\n")
rows = []
for line in buf:
    cells = line.strip().split()
    cells.append("end")
    rows.append(cells)
doc = json.loads('{"k": [1]}')
doc["k"].append(2)
doc["n"] = len(rows)
print(words, parts, rows, doc)
