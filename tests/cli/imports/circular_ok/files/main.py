import a, b
print(a.fa(), b.fb())
