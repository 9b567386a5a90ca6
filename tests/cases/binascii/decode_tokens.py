# base64: decoding a list of tokens leniently and strictly; the strict pass stops at the
# first corrupt token.
import base64
import binascii

tokens = ["aGVsbG8=", "d29ybGQ=", "YnJva2Vu*", "bm90IHJlYWNoZWQ=", "c3BhY2Vk IHRva2Vu"]
for token in tokens:
    print("lenient", token, base64.b64decode(token, validate=False))
print("strict now")
try:
    for token in tokens:
        print("strict", token, base64.b64decode(token, validate=True))
except binascii.Error as e:
    print("stopped:", type(e).__module__, type(e).__name__, e)
print("urlsafe tokens", [base64.urlsafe_b64decode(base64.urlsafe_b64encode(t.encode())) for t in tokens[:2]])
