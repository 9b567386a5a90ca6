a = '''one
two
three'''
b = """with 'single' and "double" quotes"""
c = '''it's "fine"'''
d = """"quoted at start" and end\""""
e = '''\
no leading newline'''
f = """a
  indented
\tline"""
g = ''''''
h = """"""
def doc():
    """Multi-line
    docstring.
    """
