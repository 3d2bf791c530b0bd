# expect: accept
# why: honest27 p48's shape: rows of csv.DictReader and csv.reader changed in place (new dicts and lists each step)
import csv
import io

text = "name,delay\nIC 101,7\nRE 5,12\n"
rows = []
for row in csv.DictReader(io.StringIO(text)):
    row["delay"] = int(row["delay"])
    row["late"] = row["delay"] > 10
    rows.append(row)
for fields in csv.reader(io.StringIO("x,1\ny,2\n")):
    fields.append("!")
    fields[1] = int(fields[1])
    print(fields)
print(rows)
