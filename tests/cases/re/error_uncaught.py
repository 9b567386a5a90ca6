# an unterminated group: compile raises re.error, which is not caught
import re

print("valid", re.findall(r'(\w+)=(\d+)', 'a=1, b=22'))
try:
    re.compile(r'[a-')
except re.error as e:
    print("caught", e)
patterns = [r'ok+', r'(\d+', r'never']
for p in patterns:
    print("compiling", p)
    re.compile(p)
print("not reached")
