# expect: reject attribute
# why: only a constant passes under a refused keyword name: an object of the program's as the value of tb_frame makes a Namespace that passes for a traceback in library code
# line: 11
import argparse


class Frame:
    pass


fake = argparse.Namespace(tb_frame=Frame(), tb_lineno=1, tb_next=None)
print(fake)
