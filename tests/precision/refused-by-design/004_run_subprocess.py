# Run a shell command and capture its output with subprocess.
import subprocess

result = subprocess.run(["echo", "hello from a child process"], capture_output=True, text=True)
print(result.returncode)
print(result.stdout.strip())
count = subprocess.run("ls / | wc -l", shell=True, capture_output=True, text=True)
print("entries at root:", count.stdout.strip())
version = subprocess.check_output(["uname", "-s"], text=True).strip()
print("kernel:", version)
print("done")
