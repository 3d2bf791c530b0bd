# expect: accept
# why: rows of csv.DictReader and csv.reader over the program's own text changed in place (over sys.stdin a DictReader's rows are refused: its attributes are its arguments, round 28f, policy_r28f_dictreader_stdin)
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
