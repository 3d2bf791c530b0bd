# expect: reject module_value
# why: io is imported as a facade now (rules/facades.txt); the module itself is never a value. Was: io.open
# line: 5
import io
print(io)
