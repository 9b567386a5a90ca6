x = 1
# ÿþ
y = 2  # café
