# expect: reject builtin
# why: inside a function, args is the parameter, whatever the caller hands in: the module's parse_args binding says nothing of it (a parameter is discounted only for a read at module level)
# line: 12
import argparse
import threading

parser = argparse.ArgumentParser(prog="p")
args = parser.parse_args([])


def show(args):
    for k, v in vars(args).items():
        print(k, v)


show(threading.Thread(target=print))
