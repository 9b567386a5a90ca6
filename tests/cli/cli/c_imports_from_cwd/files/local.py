X = 'cwd is sys.path[0]'
