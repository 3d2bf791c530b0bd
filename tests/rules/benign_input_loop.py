# expect: accept
# why: input() until EOF
lines = []
while True:
    try:
        line = input()
    except EOFError:
        break
    lines.append(line)

words = [w for line in lines for w in line.split()]
print(len(lines), "lines,", len(words), "words")
