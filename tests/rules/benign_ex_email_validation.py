# expect: accept
import re

EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
for addr in ["ann@example.org", "bad@", "x.y+tag@mail.co.uk", "no at sign", "a@b.c"]:
    print(f"{addr:<22} {'valid' if EMAIL.match(addr) else 'invalid'}")
