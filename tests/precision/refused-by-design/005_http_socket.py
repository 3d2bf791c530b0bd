# Fetch a web page over a raw socket.
import socket

host = "example.com"
try:
    with socket.create_connection((host, 80), timeout=2) as s:
        s.sendall(b"GET / HTTP/1.0\r\nHost: example.com\r\n\r\n")
        data = s.recv(1024)
    print(data.split(b"\r\n")[0].decode())
except OSError as e:
    print("network unavailable:", type(e).__name__)
print("done")
