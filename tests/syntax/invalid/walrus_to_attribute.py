if (self.value := compute()):
    pass
