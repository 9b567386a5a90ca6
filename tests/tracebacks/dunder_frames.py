class Matrix:
    def __getitem__(self, key):
        row, col = key
        return row / col


m = Matrix()
print(m[1, 0] + 1)
