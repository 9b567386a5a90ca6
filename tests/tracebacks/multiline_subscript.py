d = {}
x = d[
    "k"
]
