# expect: accept
# why: global and nonlocal statements on ordinary names
counter = 0
history = []


def bump(by=1):
    global counter
    counter += by
    history.append(counter)
    return counter


def make_account():
    balance = 0

    def deposit(x):
        nonlocal balance
        balance += x
        return balance

    return deposit


for i in range(3):
    bump(i)
acct = make_account()
acct(10)
print(counter, history, acct(5))
