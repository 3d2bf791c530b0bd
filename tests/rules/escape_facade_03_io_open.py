# expect: reject module_attribute
# why: io facade: io.open is open
# line: 5
import io
print(io.open("/etc/passwd").read())
