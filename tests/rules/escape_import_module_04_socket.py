# expect: reject import
# why: network
# line: 4
import socket
print(socket)
