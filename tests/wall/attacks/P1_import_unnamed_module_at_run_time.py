# family: P (per-program preload: a module no import statement names, loaded during the run)   goal: id
# The runner imports, before the program runs, only what its import statements name;
# a name computed at run time finds nothing loaded, and the load itself is refused.
name = "".join(["asyn", "cio"])
asyncio = __import__(name)
sub = __import__(name + ".subprocess").subprocess


async def main():
    proc = await sub.create_subprocess_exec("id", stdout=-1)
    out, _ = await proc.communicate()
    print(out.decode())

asyncio.run(main())
