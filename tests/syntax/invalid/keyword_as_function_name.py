def class(self):
    pass
