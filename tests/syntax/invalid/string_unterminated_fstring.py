name = 'x'
greeting = f'hello {name}
