# expect: reject store
# line: 28
# why: every library object whose instances carry an attribute dictionary takes
# a stored attribute before its class's method, whatever holds it: a Task made by
# create_task and kept in a program object, an OrderedDict (dict(od) calls its
# keys() by name), a Thread (start() calls run), a parser (parse_args calls error)
import argparse
import asyncio
import collections
import threading


class Box:
    task = None


od = collections.OrderedDict(a=1)
od.keys = lambda: ["a"]
worker = threading.Thread(target=print)
worker.run = print
parser = argparse.ArgumentParser()
parser.error = print


async def main():
    box = Box()
    box.task = asyncio.create_task(asyncio.sleep(0))
    box.task.cancel = print
    await asyncio.sleep(0)


asyncio.run(main())
print(dict(od))
