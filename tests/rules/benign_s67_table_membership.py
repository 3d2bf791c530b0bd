# expect: accept
# why: round 97's look-alike: a template table read by `k in T` and T[k] stays a table whose templates the checker reads
T = {"hello": "Hello, {0}!", "bye": "Bye, {0}."}
for key in ("hello", "bye", "other"):
    if key in T:
        print(T[key].format("Ada"))
    else:
        print("no template for", key)
