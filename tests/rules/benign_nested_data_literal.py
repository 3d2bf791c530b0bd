# expect: accept
# why: 20 nested dicts, as in a real configuration
CONFIG = {'level': {'level': {'level': {'level': {'level': {'level': {'level': {'level': {'level': {'level': {'level': {'level': {'level': {'level': {'level': {'level': {'level': {'level': {'level': {'level': 'bottom'}}}}}}}}}}}}}}}}}}}}
node = CONFIG
depth = 0
while isinstance(node, dict):
    node = node['level']
    depth += 1
print(depth, node)
