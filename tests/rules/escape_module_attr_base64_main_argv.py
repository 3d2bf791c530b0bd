# expect: reject module_attribute
# why: base64.main opens the file named in sys.argv, a list the program can append to
# line: 6
import base64, sys
sys.argv.append("/etc/passwd")
base64.main()
