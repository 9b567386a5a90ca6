# a bad escape in a replacement template is a re.error raised by sub()
import re

text = 'name: Ada, age: 36'
print(re.sub(r'(\w+): (\w+)', r'\2=\1', text))
print(re.sub(r'(?P<k>\w+): (?P<v>\w+)', r'\g<v>/\g<k>', text))
print(re.sub(r'\d+', lambda m: str(int(m.group()) + 1), text))
print(re.sub(r'(\w+): ', r'\1 -> \q', text))
