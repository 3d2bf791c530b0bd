# expect: accept
# why: non-ASCII identifiers that fold to nothing forbidden
café = "coffee"
π = 3.14159
naïve_rate = 0.5
Größe = 180
число = 42
变量 = "chinese"
λ = lambda x: x * 2
Ωmega = π * 2
print(café, π, naïve_rate, Größe, число, 变量, λ(3), round(Ωmega, 2))
