# family: G   goal: id
class C:
    try:
        import subprocess
    except ImportError:
        pass
C.subprocess.run(["id"])
