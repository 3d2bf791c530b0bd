"""The store rule's source as the audits read it: analyzer/stores.c and the
files split from it (store_*.c beside it), joined, with the names they share
through stores.h read as they are within one file (`st_name` as `name`,
`ST_TABLE` as `TABLE`, a shared definition at a line's start `static` again),
so that an audit finds a table by the name and form the rule gives it."""
import glob
import os
import re


def read(stores_c):
    here = os.path.dirname(os.path.abspath(stores_c))
    paths = [stores_c] + sorted(glob.glob(os.path.join(here, "store_*.c")))
    parts = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            parts.append(f.read())
    src = "\n".join(parts)
    src = re.sub(r"\bst_(?=[a-z_])", "", src)
    src = re.sub(r"\bST_(?=[A-Z_])", "", src)
    # a definition shared through stores.h lost its `static`: give it back
    return re.sub(r"^(?!static\b|extern\b|typedef\b|struct\b|#)(?=[a-z][\w ]*[\w*]\s*[\w\[])",
                  "static ", src, flags=re.M)
