# expect: reject module_value
# why: same through an instance
# line: 5
class Holder:
    import statistics

print(Holder().statistics.sys.modules['os'])
