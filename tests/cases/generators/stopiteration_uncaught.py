def first_words(lines):
    for line in lines:
        words = iter(line.split())
        yield next(words)

print(list(first_words(["hello world", "good day"])))
print(list(first_words(["one", "", "three"])))
