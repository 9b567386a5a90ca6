café = 1
naïve = café + 1
π = 3.14159
变量 = 'chinese'
переменная = 'russian'
μ = 1
Δx = 2
_é = 3
é_ = 4
ñame = 5
𝔘nicode = 6
x = café + π
print(变量, переменная)
def función(parámetro, *, ñ=1):
    return parámetro
class Clase: pass
