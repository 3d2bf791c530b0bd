# expect: reject import
# why: inside a function
# line: 5
def f():
    import subprocess
    return subprocess.run(['id'])
