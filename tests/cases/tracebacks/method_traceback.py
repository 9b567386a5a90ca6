class Parser:
    def __init__(self, text):
        self.tokens = text.split()
        self.pos = 0

    def next_token(self):
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def parse_pair(self):
        return self.next_token(), self.next_token()

p = Parser("a b c")
print(p.parse_pair())
print(p.parse_pair())
