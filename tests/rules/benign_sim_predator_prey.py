# expect: accept
def lotka_volterra(prey, pred, steps=200, dt=0.05, a=1.1, b=0.4, c=0.4, d=0.1):
    history = []
    for i in range(steps):
        dprey = (a * prey - b * prey * pred) * dt
        dpred = (d * prey * pred - c * pred) * dt
        prey, pred = prey + dprey, pred + dpred
        if i % 40 == 0:
            history.append((round(prey, 2), round(pred, 2)))
    return history


for prey, pred in lotka_volterra(10, 5):
    print(f"prey {prey:7.2f}  pred {pred:7.2f}")
