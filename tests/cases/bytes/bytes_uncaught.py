payload = "status: ok".encode("ascii")
print(payload)
header = b"HDR:" + payload
print(header)
print(header.decode("ascii"))
data = "naïve".encode("utf-8")
print(data)
print(data.decode("ascii"))
