a = 'x\
y'
b = '''1
2
'''
c = 'tab	here'
