"""What a program's output may differ in between two faithful runs, taken out.

record.py runs each case as `python3 -c CODE`; the sandbox runs the same text as
main.py. Two things then differ although the program behaved the same:
- a traceback names the program's frames `File "<string>"` under -c and
  `File "main.py"` in the sandbox, where the source line and its carets follow
  (linecache has the text); under -c they do not;
- unittest's runner prints how long the tests took (`Ran 3 tests in 0.004s`), on
  stderr or on the stream it is given.
normalise() writes both runs the same way: the program's frames as
`File "<program>"` without the lines shown under them, and the time as `<time>`.
Library frames are left as they are (their paths name the interpreter's install).
"""

import re

_FRAME = re.compile(r'^  File "(?:<string>|main\.py)", (line \d+.*)$')
_RAN = re.compile(r"^(Ran \d+ tests?) in \d+\.\d+s$")


def normalise(text):
    out = []
    in_frame = False
    for line in text.split("\n"):
        m = _FRAME.match(line)
        if m:
            out.append(f'  File "<program>", {m.group(1)}')
            in_frame = True
            continue
        if in_frame and line.startswith("    "):
            continue  # the source line and its carets, shown in the sandbox only
        in_frame = False
        m = _RAN.match(line)
        out.append(f"{m.group(1)} in <time>" if m else line)
    return "\n".join(out)
