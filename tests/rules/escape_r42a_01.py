# expect: reject store
# line: 40
# why: round 42a ok_01: StreamHandler.emit hands the program's formatter's return (plus the handler's terminator) to the program's stream's write: what any method of an object library code holds returns joins what library code may hand a method of the program (HANDED), and Formatter.format is no consumed hook
# ok_01 -- goal 1 (prints os.environ) via goal 3 (appends to sys.argv, the list the
#          sys module holds): the sys.argv / unittest.main lever.
#
# Mechanism: logging.StreamHandler.emit does
#     msg = self.format(record)             # -> formatter.format(record): the program's
#     stream.write(msg + self.terminator)   # -> the program's stream object
#   so a value the program's Formatter.format RETURNS is handed (combined with the
#   handler's terminator) to ANOTHER method of the program: the stream's write.
#   format returns (sys.argv,), terminator is set to (), so write receives the tuple
#   (sys.argv,) (a new tuple, but its item is sys.argv itself).
#
# Why the checker missed it (analyzer/stores.c):
#   * duck_method_events(): the parameters of a duck method such as write take only
#     HANDED, i.e. what the program passed as ARGUMENTS to library calls (handed_arg,
#     operand_handed, augmented_handed). What a program hook RETURNS to library code
#     (format, and any duck hook / library-base override) never joins HANDED. Here no
#     argument holds a module value (S(), F(), (), "x"), so s->handed stays false and
#     write's parameter s is clean.
#   * CONSUMED_HOOKS (round 41, HEAD) goes further and declares Formatter.format's return
#     "written to a stream" and so harmless: but the stream is the program's object.
#     (The same program with `class F:` -- no Formatter base, a plain duck formatter --
#     is accepted too: the gap is HANDED, not only the new grant.)
import logging  # unittest resolves "logging.os.environ" from __main__
import sys
import unittest


class F(logging.Formatter):
    def format(self, record):
        return (sys.argv,)


class S:
    def write(self, s):
        names = s[0]
        print("names is sys.argv:", names is sys.argv)
        names.append("logging.os.environ")

    def flush(self):
        pass


h = logging.StreamHandler(S())
h.terminator = ()
h.setFormatter(F())
lg = logging.getLogger("x")
lg.addHandler(h)
lg.error("x")
unittest.main(exit=False)
