# expect: accept
# why: string splitting instead of urllib
def parse_url(url):
    scheme, _, rest = url.partition("://")
    host_port, _, path_query = rest.partition("/")
    path, _, query = ("/" + path_query).partition("?")
    host, _, port = host_port.partition(":")
    params = dict(pair.split("=", 1) for pair in query.split("&") if "=" in pair)
    return {"scheme": scheme, "host": host, "port": int(port) if port else None, "path": path, "params": params}


print(parse_url("https://example.org:8443/search/items?q=python&page=2"))
print(parse_url("http://localhost/"))
