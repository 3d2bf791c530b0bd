# family: L (__class__ assignment makes a program object an instance of a library class)   goal: libwrite
import argparse


class Mine:
    pass


m = Mine()
m.__dict__.update(prog="p", fromfile_prefix_chars=None)
p = argparse.ArgumentParser(prog="p", add_help=False)
p.fromfile_prefix_chars = None
shell = Mine()
shell.__class__ = argparse.Namespace
shell.__class__.__repr__ = lambda self: "LIBRARY-CLASS" + "-WRITTEN"
print(repr(argparse.Namespace()))
