# Column offsets are UTF-8 byte offsets: these lines have multi-byte characters first.
x = 'é' + y
x = 'ü€𝄞' + y
café = naïve + 1
print('日本語', z)
λ = lambda α, β: α + β
if 'é' in s: ζ = 1
w = ['ä', 'ö', f(ü)]
# trailing comment with ünïcödé
v = "ß" \
    + u
