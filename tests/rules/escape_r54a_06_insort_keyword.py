# expect: reject store
# line: 11
# why: round 54a: bisect.insort(lst, x=[holder]): a module function's keyword argument is held by the others (module_call_holds, plain_arg)
# goal: write into a library module namespace (sys.argv)
# mechanism: bisect.insort(lst, x=V) passes the item by keyword; the checker never links V into lst
import sys, bisect
holder = []
lst = []
bisect.insort(lst, x=[holder])
h = lst[0]
h[0].append(sys.argv)
holder[0].append("pwn")
print(sys.argv)
