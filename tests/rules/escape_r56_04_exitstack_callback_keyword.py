# expect: reject store
# line: 8
# why: round 56: ExitStack.callback(store, x=holder): same fan_arg keyword bug
import sys
holder = []
import contextlib
def store(x):
    x.append(sys.argv)
with contextlib.ExitStack() as st:
    st.callback(store, x=holder)
holder[0].append('pwn')
print(sys.argv)
