# expect: accept
# why: rows of csv.DictReader and csv.reader over the program's own text changed in place (a row is new, csv_rows; over sys.stdin too since session 25, benign_s25_csv_03_stdin)
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
