# expect: accept
import math

g = 9.81


def projectile(v, angle_deg, dt=0.01):
    a = math.radians(angle_deg)
    x, y, vx, vy, t = 0.0, 0.0, v * math.cos(a), v * math.sin(a), 0.0
    peak = 0.0
    while y >= 0:
        x, y, vy, t = x + vx * dt, y + vy * dt, vy - g * dt, t + dt
        peak = max(peak, y)
    return round(x, 1), round(peak, 1), round(t, 2)


def bounce(height, restitution=0.7, bounces=5):
    heights = [height]
    for _ in range(bounces):
        heights.append(round(heights[-1] * restitution ** 2, 3))
    return heights


print(projectile(20, 45), bounce(10))
