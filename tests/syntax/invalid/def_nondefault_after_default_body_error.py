# The parameters are parsed before the body: their error is reported, not the body's.
def connect(host="localhost", port):
    return open(host port)
