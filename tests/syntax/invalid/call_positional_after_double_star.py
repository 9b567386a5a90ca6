f(**kwargs, b)
