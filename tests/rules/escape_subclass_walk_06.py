# expect: reject dunder
# why: search the subclass list for subprocess.Popen
# line: 4
popen = [c for c in {}.__class__.__base__.__subclasses__() if c.__name__ == 'Popen']
print(popen)
