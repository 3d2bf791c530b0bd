# expect: reject store
# line: 9
# why: round 56: ExitStack.callback(K().store, x=holder): bound method, keyword
import sys
holder = []
import contextlib
class K:
    def store(self, x):
        x.append(sys.argv)
with contextlib.ExitStack() as st:
    st.callback(K().store, x=holder)
holder[0].append('pwn')
print(sys.argv)
