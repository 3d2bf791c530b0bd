# expect: accept
# why: BOM plus CRLF, as Notepad saves
names = ['a', 'b']
for n in names:
    print(n)
