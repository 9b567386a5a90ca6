NAME = 'top.a'
