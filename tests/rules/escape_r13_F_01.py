# expect: reject store
# line: 39
# verified: reaches its goal under plain python3 (3.11) in a temp dir (asyncio's module logger is the program's object)
# why: thirteenth red team, family F: a def given as ConfigParser's dict_type returns logging's logger registry, which the parser fills

# Mechanism: family F (new): a plain function (not a class) given as configparser's dict_type factory returns logging.Logger.manager.loggerDict; ConfigParser then builds its section tables from that library dict and writes into it (sections, proxies, options); a program Interpolation's before_read chooses the stored value. The round-12 H' close judges only container hooks of classes given as factories, not what a factory function returns
# Goal reached: logging's registry holds the program's object under 'asyncio'; after import asyncio, asyncio.log.logger (a standard-library module global) is the program's Fake and asyncio's error path calls it
# Output seen under python3 (3.11), run in a fresh temp dir:
#   configparser stopped: AttributeError
#   ['DEFAULT', 'asyncio', 's']
#   program's object called as asyncio's logger: Task exception was never retrieved
#   future: <Task finished name='Task-2' coro=<boom() done, defined at PROGRAM:37> exception=ValueError('never retrieved')>
import logging
import configparser

class Fake:
    def error(self, *args, **kwargs):
        print("program's object called as asyncio's logger:", args[0] % args[1:] if len(args) > 1 else args[0])
    def debug(self, *args, **kwargs):
        pass
    def info(self, *args, **kwargs):
        pass
    def warning(self, *args, **kwargs):
        pass
    def isEnabledFor(self, level):
        return True

class Interp(configparser.Interpolation):
    def before_read(self, parser, section, option, value):
        return Fake()
    def before_get(self, parser, section, option, value, defaults):
        return value
    def before_set(self, parser, section, option, value):
        return value
    def before_write(self, parser, section, option, value):
        return value

def registry():
    return logging.Logger.manager.loggerDict

p = configparser.ConfigParser(dict_type=registry, interpolation=Interp())
try:
    p.read_string("[s]\nasyncio = x\n")
except Exception as e:
    print("configparser stopped:", type(e).__name__)
print(sorted(logging.Logger.manager.loggerDict))
import asyncio

async def boom():
    raise ValueError("never retrieved")

async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0.01)

asyncio.run(main())
