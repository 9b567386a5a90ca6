x = **kwargs
