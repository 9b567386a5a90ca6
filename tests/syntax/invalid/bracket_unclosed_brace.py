config = {
    'debug': True,
    'level': 3,

def main():
    pass
