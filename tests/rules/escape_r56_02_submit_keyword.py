# expect: reject store
# line: 8
# why: round 56: Executor.submit(store, x=holder): keyword argument of a known caller (args_only_caller), fan_arg -> taint_params_elems gets the keyword_argument node; no back-alias from x to holder
import sys
holder = []
import concurrent.futures
def store(x):
    x.append(sys.argv)
with concurrent.futures.ThreadPoolExecutor() as ex:
    ex.submit(store, x=holder).result()
holder[0].append('pwn')
print(sys.argv)
