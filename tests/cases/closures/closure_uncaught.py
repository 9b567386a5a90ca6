def make_divider(d):
    def divide(n):
        return n / d
    return divide

half = make_divider(2)
print("half", half(10))
zero = make_divider(0)
print("about to divide")
print(zero(1))
