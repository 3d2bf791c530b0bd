# expect: reject name
# line: 3
print(__spec__.loader if __spec__ else None)
