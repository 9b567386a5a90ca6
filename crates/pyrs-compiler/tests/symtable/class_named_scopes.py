def lambda_holder():
    return lambda: 0

def top():
    a = 1
    return a

class genexpr:
    pass
gen = (i for i in range(3))
