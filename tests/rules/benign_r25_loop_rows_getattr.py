# expect: accept
# why: getattr and setattr with a name that is one of the literal names in the
#   rows a loop unpacks (a module-level list only ever iterated), each judged as
#   if written out
class VendingMachine:
    def __init__(self):
        self.credit = 0.0
        self.price = 1.0

    def insert(self, amount):
        self.credit += float(amount)
        return self.credit

    def refund(self):
        out, self.credit = self.credit, 0.0
        return out


script = [("insert", "0.50"), ("insert", "0.75"), ("refund", None)]
vm = VendingMachine()
for action, arg in script:
    print(action, getattr(vm, action)(*([arg] if arg else [])))
for attr, val in [("price", 2.5), ("credit", 1.0)]:
    setattr(vm, attr, val)
print(vm.price, vm.credit)
