# expect: accept
# why: print called as a function with sep/end/flush keywords; an 'executor' name is no exec
executor = {"jobs": 3}
print("a", "b", sep="-", end="!\n")
print("flushed", flush=True)
print(*range(3), executor["jobs"])
